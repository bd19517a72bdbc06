package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Set;

/** Produces the {@link Caller} once per request, from the signed-in principal. */
@RequestScoped
public class CallerProducer {

  /** Nobody: a request that is not signed in may do nothing and belongs nowhere. */
  static final Caller NOBODY = new Caller("", "", Set.of(), Set.of());

  @Inject SecurityContext securityContext;

  /** Dependent: a record cannot be proxied, and it is cheap to hand out again. */
  @Produces
  Caller caller() {
    return securityContext.getPrincipalsByType(SignedInPrincipal.class).stream()
        .findFirst()
        .map(SignedInPrincipal::caller)
        .orElse(NOBODY);
  }
}
