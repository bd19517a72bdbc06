package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/** Checks a demo person's name and password; knows nobody unless the demo logins are on. */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

  @Inject SignOnSettings settings;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return settings
        .demoUsers()
        .flatMap(users -> users.authenticate(given.getCaller(), given.getPassword().getValue()))
        .map(
            user -> {
              Caller caller =
                  new Caller(
                      user.subject(),
                      user.name(),
                      settings.groupMapping().rolesOf(user.groups()),
                      user.urns());
              SignedInPrincipal principal = new SignedInPrincipal(caller);
              return new CredentialValidationResult(principal, principal.groups());
            })
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
