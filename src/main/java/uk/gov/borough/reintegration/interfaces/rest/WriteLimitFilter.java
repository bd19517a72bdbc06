package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import uk.gov.borough.reintegration.application.WriteLimits;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/** Counts every write of the API against the caller's limit before it is read (issue 14). */
@Provider
@ApplicationScoped
public class WriteLimitFilter implements ContainerRequestFilter {

  private static final Set<String> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);

  @Inject WriteLimits limits;

  @Inject Instance<Caller> caller;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (WRITES.contains(request.getMethod())
        && !resource.getResourceMethod().isAnnotationPresent(BulkAction.class)) {
      limits.allowWrite(caller.get());
    }
  }
}
