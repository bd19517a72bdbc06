package uk.gov.borough.reintegration.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An action that looks after many records at once for the borough (a calendar replaced, deadlines
 * recounted): not counted against one person's writes a minute (issue 14).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BulkAction {}
