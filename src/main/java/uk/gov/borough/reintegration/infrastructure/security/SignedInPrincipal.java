package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serial;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Role;

/** The signed-in person as the sign-on described them, kept in the session for later requests. */
public class SignedInPrincipal extends CallerPrincipal {

  @Serial private static final long serialVersionUID = 1L;

  private final Caller caller;

  public SignedInPrincipal(Caller caller) {
    super(caller.subject());
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }

  /** The roles as container group names, so the container knows the caller is authenticated. */
  public Set<String> groups() {
    return caller.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet());
  }
}
