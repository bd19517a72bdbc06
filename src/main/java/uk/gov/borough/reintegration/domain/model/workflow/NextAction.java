package uk.gov.borough.reintegration.domain.model.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * What the policy asks next of a case where it stands, and of whom: the staff of the parties named
 * (any of them), or, when none is named, whoever carries the permission (the inclusion officers). A
 * closed case asks nothing.
 */
public record NextAction(String what, Set<Permission> needs, List<Establishment> by) {

  /** Whether the caller is one of those the action falls to. */
  public boolean isFor(Caller caller) {
    return needs.stream().anyMatch(caller::may)
        && (by.isEmpty() || by.stream().anyMatch(party -> caller.belongsTo(party.getUrn())));
  }

  /** Whom the action falls to, as a refusal says it: "Olive Academy", "an inclusion officer". */
  public String whom() {
    return by.isEmpty()
        ? "an inclusion officer"
        : by.stream().map(Establishment::getName).reduce((a, b) -> a + " or " + b).orElseThrow();
  }

  public static Optional<NextAction> of(ReintegrationCase c) {
    Establishment provider = c.getCurrentProvision();
    Establishment referring = c.getReferringSchool();
    Establishment receiving = c.getReceivingSchool();
    return Optional.ofNullable(
        switch (c.getStatus()) {
          case DRAFT -> byProvider("Complete Stage 1 and submit the referral (P4)", provider);
          case NOT_READY ->
              byProvider("Address the barrier, then re-assess Stage 1 (P7, R3)", provider);
          case REFERRED, DEFERRED -> byOfficers("List the case at an IYFAP hearing (P4)");
          case AT_PANEL -> byOfficers("Record the panel's decision (P4)");
          case PLANNING ->
              bySchools("Hold the planning meeting and agree the start (P4, R6, R8)", receiving);
          case STARTED ->
              bySchools("Review the week and record the phased return (P4, P8)", receiving);
          case UNDER_REVIEW ->
              bySchools(
                  "Sign off the reintegration, or end the placement (P4, P5)", receiving, provider);
          case SUCCESSFUL ->
              new NextAction(
                  "Acknowledge the success report before the next hearing (R12, R13)",
                  Set.of(Permission.ACKNOWLEDGE_OUTCOME),
                  List.of());
          case SUCCESS_ACKNOWLEDGED ->
              bySchools("Decide the roll and complete the transition (P9)", referring, provider);
          case BROKEN_DOWN ->
              bySchools("Decide where the pupil goes next (P6, R14, R15)", provider, referring);
          case STOPPED_CONSENT_WITHDRAWN ->
              byProvider("Seek the parent's or carer's consent again (P4, R1)", provider);
          case DECLINED, COMPLETED, RETURNED_TO_OLIVE_ACADEMY, RETURNED_TO_REFERRING_SCHOOL -> null;
        });
  }

  private static NextAction byProvider(String what, Establishment provider) {
    return new NextAction(what, Set.of(Permission.EDIT_REFERRAL_AND_PLAN), List.of(provider));
  }

  private static NextAction byOfficers(String what) {
    return new NextAction(what, Set.of(Permission.DECIDE_AT_PANEL), List.of());
  }

  /** The action of the schools and provider named; of nobody while none is named yet. */
  private static NextAction bySchools(String what, Establishment... parties) {
    List<Establishment> named = Arrays.stream(parties).filter(Objects::nonNull).distinct().toList();
    return named.isEmpty()
        ? null
        : new NextAction(
            what, Set.of(Permission.RECORD_SCHOOL_STEPS, Permission.EDIT_REFERRAL_AND_PLAN), named);
  }
}
