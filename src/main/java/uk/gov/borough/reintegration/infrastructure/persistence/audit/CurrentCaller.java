package uk.gov.borough.reintegration.infrastructure.persistence.audit;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/**
 * The caller a change is made by. EclipseLink calls the change listener outside CDI, so the caller
 * is looked up rather than injected; outside a request (a timer, start-up) there is nobody, and the
 * trail names the system.
 */
final class CurrentCaller {

  private CurrentCaller() {}

  static Caller get() {
    try {
      return CDI.current().select(Caller.class).get();
    } catch (ContextNotActiveException | IllegalStateException noRequest) {
      return Caller.NOBODY;
    }
  }
}
