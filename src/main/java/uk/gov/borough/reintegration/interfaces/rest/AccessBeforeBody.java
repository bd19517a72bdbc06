package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/**
 * Access before validation (issue 17): a caller who may not use an operation, or may not see the
 * case its path names, is answered 403 or 404 before the request's body is read, whatever the body
 * holds, so that a body's faults tell nothing to someone who may not send it. Runs after matching,
 * on the operations marked {@link Allowed}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class AccessBeforeBody implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Inject CaseService caseService;

  @Inject Instance<Caller> caller;

  @Override
  public void filter(ContainerRequestContext request) {
    Allowed allowed =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(Allowed.class);
    if (allowed == null) {
      return;
    }
    Long caseId = null;
    if (request.getUriInfo().getPath().startsWith("cases/")) {
      try {
        caseId = Long.valueOf(request.getUriInfo().getPathParameters().getFirst("id"));
      } catch (NumberFormatException notACase) {
        // No case id, or not a number: the operation answers for itself
      }
    }
    caseService.requireAllowed(
        caller.get(), caseId, List.of(allowed.steps()), List.of(allowed.permissions()));
  }
}
