package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Instant;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailureLog;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigration;
import uk.gov.borough.reintegration.infrastructure.security.DemoUsers.DemoUser;

/**
 * Checks a demo person's name and password; knows nobody unless the demo logins are on. Failed
 * sign-ins are audited and slow their name down ({@link SignInFailures}); a name being slowed is
 * refused as a wrong password is, without its password being checked.
 */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

  @Inject SignOnSettings settings;

  @Inject SignInFailures failures;

  @Inject DatabaseMigration migration;

  @Inject DatabaseFailureLog failureLog;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<DemoUsers> users = settings.demoUsers();
    if (users.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String name = given.getCaller();
    Optional<SignInFailures.Standing> standing = standingOf(name);
    Optional<Instant> heldUntil = standing.flatMap(SignInFailures.Standing::heldUntil);
    if (heldUntil.isPresent()) {
      counting(() -> failures.refusedWhileHeld(name, heldUntil.get()));
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<DemoUser> user = users.get().authenticate(name, given.getPassword().getValue());
    if (user.isEmpty()) {
      counting(() -> failures.failed(name));
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (standing.filter(known -> known.failures() > 0).isPresent()) {
      counting(() -> failures.succeeded(name));
    }
    return valid(user.get());
  }

  private CredentialValidationResult valid(DemoUser user) {
    Caller caller =
        new Caller(
            user.subject(),
            user.name(),
            settings.groupMapping().rolesOf(user.groups()),
            user.urns());
    SignedInPrincipal principal = new SignedInPrincipal(caller);
    return new CredentialValidationResult(principal, principal.groups());
  }

  /**
   * Failures are counted while the database answers. Without it the password alone decides: every
   * request past the sign-in is answered 503 then anyway.
   */
  private Optional<SignInFailures.Standing> standingOf(String name) {
    try {
      return isCounting() ? Optional.of(failures.of(name)) : Optional.empty();
    } catch (RuntimeException e) {
      notCounted(e);
      return Optional.empty();
    }
  }

  private void counting(Runnable step) {
    try {
      if (isCounting()) {
        step.run();
      }
    } catch (RuntimeException e) {
      notCounted(e);
    }
  }

  private boolean isCounting() {
    return migration.isMigrated() && !failureLog.isUnreachableNow();
  }

  private void notCounted(RuntimeException failure) {
    failureLog.record(DatabaseFailures.kindOf(failure).orElseThrow(() -> failure), failure);
  }
}
