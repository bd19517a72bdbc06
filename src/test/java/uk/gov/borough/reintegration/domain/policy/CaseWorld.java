package uk.gov.borough.reintegration.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.access.Role;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.SignOff;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;

/**
 * One case, its parties and the people who act on it, driven by the property tests: each attempt
 * passes the gate the services use (role, version, route, status, whose step) and the edition's
 * rules the step needs, and is taken through {@link ReintegrationCase#take} or refused.
 */
final class CaseWorld {

  static final PolicyEdition EDITION = Editions.HAVERING_2020_21;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  static final Establishment OLIVE =
      new Establishment(EstablishmentKind.AP_ACADEMY, "Olive Academy", "1000002", "o@x.org", true);
  static final Establishment KORU =
      new Establishment(EstablishmentKind.OTHER_AP, "Koru", "1000003", "k@x.org", false);
  static final Establishment REFERRING =
      new Establishment(EstablishmentKind.MAINSTREAM, "Referring", "100001", "r@x.org", true);
  static final Establishment RECEIVING =
      new Establishment(EstablishmentKind.MAINSTREAM, "Receiving", "100002", "s@x.org", true);

  /** The people of the demo data, by role and establishment, and one of no case's schools. */
  static final List<Caller> PEOPLE =
      List.of(
          new Caller("olive", "Olive staff", Set.of(Role.AP_STAFF), Set.of("1000002")),
          new Caller("koru", "Koru staff", Set.of(Role.AP_STAFF), Set.of("1000003")),
          new Caller("referring", "Referring", Set.of(Role.SCHOOL_STAFF), Set.of("100001")),
          new Caller("receiving", "Receiving", Set.of(Role.SCHOOL_STAFF), Set.of("100002")),
          new Caller("other", "Other school", Set.of(Role.SCHOOL_STAFF), Set.of("100009")),
          new Caller("officer", "Officer", Set.of(Role.INCLUSION_OFFICER), Set.of()),
          new Caller("social", "Social worker", Set.of(Role.SOCIAL_WORKER), Set.of()),
          new Caller("admin", "Portal admin", Set.of(Role.PORTAL_ADMIN), Set.of()));

  /** How an attempt ended. */
  enum Answer {
    ACCEPTED,
    NOT_IN_SCOPE,
    STALE,
    NOT_THEIRS,
    OUT_OF_PLACE,
    REFUSED_BY_RULE
  }

  final ReintegrationCase reintegration;
  private long version;
  private final List<String> rollRemovalsBeforeAcknowledgement = new ArrayList<>();
  private final Map<Step, Integer> tried = new EnumMap<>(Step.class);

  CaseWorld(Route route) {
    Establishment provider =
        switch (route) {
          case PERMANENT_EXCLUSION -> OLIVE;
          case MANAGED_MOVE -> REFERRING;
          default -> KORU;
        };
    reintegration = new ReintegrationCase(Fixtures.pupil(), route, REFERRING, provider);
  }

  /** The steps that belong where the case stands, on its route: the ones a person would try. */
  List<Step> stepsInPlace() {
    return EnumSet.allOf(Step.class).stream()
        .filter(
            step ->
                EDITION
                    .step(step)
                    .belongsWhere(reintegration.getStatus(), reintegration.getRoute()))
        .toList();
  }

  /** The people whose step it is on this case. */
  List<Caller> takersOf(Step step) {
    return PEOPLE.stream()
        .filter(this::sees)
        .filter(
            caller ->
                EDITION
                    .step(step)
                    .isTakenBy(caller, reintegration.getRoute(), reintegration::establishmentOf))
        .toList();
  }

  /**
   * Whether the person sees the case: an inclusion officer sees every case; others the cases of
   * their establishments (DESIGN.md, "Who uses it"). Others are answered as if it did not exist.
   */
  boolean sees(Caller caller) {
    return caller.may(Permission.VIEW_ALL_CASES)
        || Stream.of(Party.PROVIDER, Party.REFERRING_SCHOOL, Party.RECEIVING_SCHOOL)
            .map(reintegration::establishmentOf)
            .anyMatch(e -> e != null && caller.belongsTo(e.getUrn()));
  }

  /** A snapshot of what a refused attempt must leave as it was. */
  record Snapshot(
      CaseStatus status, CaseStatus before, long version, Establishment receiving, int removals) {}

  Snapshot snapshot() {
    return new Snapshot(
        reintegration.getStatus(),
        reintegration.getStatusBeforeStop(),
        version,
        reintegration.getReceivingSchool(),
        rollRemovalsBeforeAcknowledgement.size());
  }

  /**
   * Tries the step as the person would through a service: the version read (or a stale one), the
   * gate, the step's rules, then the step itself.
   */
  Answer attempt(Step step, Caller caller, boolean stale, RollDecision roll) {
    tried.merge(step, 1, Integer::sum);
    StepRule rule = EDITION.step(step);
    if (!sees(caller)) {
      return Answer.NOT_IN_SCOPE;
    }
    if (!rule.isInTheRoleOf(caller)) {
      return Answer.NOT_THEIRS;
    }
    if (!rule.belongsWhere(reintegration.getStatus(), reintegration.getRoute())) {
      return Answer.OUT_OF_PLACE;
    }
    if (!rule.isTakenBy(caller, reintegration.getRoute(), reintegration::establishmentOf)) {
      return Answer.NOT_THEIRS;
    }
    if (stale) {
      return Answer.STALE;
    }
    try {
      rulesOf(step, roll);
    } catch (RuleViolation refused) {
      return Answer.REFUSED_BY_RULE;
    }
    reintegration.take(rule, caller.name(), step.pastTense(), TODAY.atStartOfDay());
    recordsOf(step, roll);
    version++;
    return Answer.ACCEPTED;
  }

  /** The hard rules the services check before the step (the application services). */
  private void rulesOf(Step step, RollDecision roll) {
    HardRules rules = EDITION.rules();
    switch (step) {
      case DECIDE_ROLL, SUPERSEDE_ROLL ->
          rules.rollAfterAcknowledgement().check(reintegration, roll);
      case RETURN_TO_OLIVE_ACADEMY -> rules.oliveAcademyReturn().check(reintegration);
      default -> {
        // the other rules check records this world does not keep; their own tests cover them
      }
    }
  }

  /** What the step records on the case besides its status. */
  private void recordsOf(Step step, RollDecision roll) {
    switch (step) {
      case RATIFY, AGREE_MANAGED_MOVE -> reintegration.nameReceivingSchool(RECEIVING);
      case AGREE_SUCCESS -> {
        reintegration.signOffByReceivingSchool(new SignOff("Receiving", TODAY));
        reintegration.signOffByProvider(new SignOff("Provider", TODAY));
      }
      case ACKNOWLEDGE_SUCCESS -> reintegration.acknowledgeSuccess("Officer", TODAY);
      case DECIDE_ROLL, SUPERSEDE_ROLL -> {
        boolean acknowledged =
            reintegration.getOutcome() != null && reintegration.getOutcome().isAcknowledged();
        if (roll == RollDecision.TRANSFER && !acknowledged) {
          rollRemovalsBeforeAcknowledgement.add(step + " in " + reintegration.getStatus());
        }
      }
      default -> {
        // a record this world does not keep
      }
    }
  }

  /** Removals from the referring school's roll made before the success was acknowledged (R12). */
  List<String> rollRemovalsBeforeAcknowledgement() {
    return rollRemovalsBeforeAcknowledgement;
  }

  Map<Step, Integer> tried() {
    return tried;
  }

  @Override
  public String toString() {
    return reintegration.getRoute()
        + " case "
        + reintegration.getStatus()
        + " v"
        + version
        + (Objects.isNull(reintegration.getReceivingSchool()) ? "" : ", receiving named");
  }
}
