package uk.gov.borough.reintegration.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals a write answers besides the ones every call may meet, declared beside the service
 * call that makes them, so the document lists each operation's exact status codes (issue 17). Every
 * write declares its own, none included.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {
  Refusal[] value();
}
