package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import uk.gov.borough.reintegration.application.WriteLimitReachedException;
import uk.gov.borough.reintegration.application.WriteLimits;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.WriteLog;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;

/**
 * Counts each write in a transaction of its own, so the count stands whatever becomes of the write,
 * and a refusal is recorded once a minute per person however fast the refused writes come.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultWriteLimits implements WriteLimits {

  @Inject WriteLimitSettings limits;

  @Inject WriteLog log;

  @Inject AuditTrail auditTrail;

  @Inject Clock clock;

  @Override
  public void allowWrite(Caller caller) {
    allow(
        caller,
        WriteLog.Kind.WRITE,
        limits.writesPerMinute(),
        Duration.ofMinutes(1),
        "writes a minute");
  }

  @Override
  public void allowReferral(Caller caller) {
    allow(
        caller,
        WriteLog.Kind.REFERRAL,
        limits.referralsPerHour(),
        Duration.ofHours(1),
        "new referrals an hour");
  }

  private void allow(Caller caller, WriteLog.Kind kind, int most, Duration window, String what) {
    Instant now = clock.instant();
    Instant since = now.minus(window);
    if (log.countSince(caller.subject(), kind, since) < most) {
      log.add(caller.subject(), kind, now);
      return;
    }
    Instant oldest = log.oldestSince(caller.subject(), kind, since).orElse(now);
    Duration retryAfter = Duration.between(now, oldest.plus(window)).plusSeconds(1);
    // One entry a minute per person, however many writes are refused meanwhile
    if (log.countSince(caller.subject(), WriteLog.Kind.REFUSED, now.minus(Duration.ofMinutes(1)))
        == 0) {
      log.add(caller.subject(), WriteLog.Kind.REFUSED, now);
      auditTrail.append(
          AuditEntry.by(
              caller,
              AuditKind.REFUSED,
              "WriteLimit",
              null,
              null,
              Json.createObjectBuilder()
                  .add("reason", "past " + most + " " + what)
                  .add("limit", kind.name())
                  .build()
                  .toString()));
    }
    throw new WriteLimitReachedException(
        "You have made "
            + most
            + " "
            + what
            + ", as many as one person may. Nothing was saved: wait "
            + retryAfter.toSeconds()
            + " seconds and send it again.",
        retryAfter);
  }
}
