package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/** Produces the {@link Caller} once per request, from the signed-in principal. */
@RequestScoped
public class CallerProducer {

  @Inject SecurityContext securityContext;

  /** Dependent: a record cannot be proxied, and it is cheap to hand out again. */
  @Produces
  Caller caller() {
    return securityContext.getPrincipalsByType(SignedInPrincipal.class).stream()
        .findFirst()
        .map(SignedInPrincipal::caller)
        .orElse(Caller.NOBODY);
  }
}
