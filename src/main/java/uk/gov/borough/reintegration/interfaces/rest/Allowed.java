package uk.gov.borough.reintegration.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.policy.Step;

/**
 * Who may use an operation, checked by {@link AccessBeforeBody} before its body is read (issue 17):
 * one whose role carries one of the steps (and who sees the case the path names, if it names one),
 * or, with no steps, whose role carries one of the permissions. The services check again, in full.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allowed {

  Step[] steps() default {};

  Permission[] permissions() default {};
}
