package uk.gov.borough.reintegration.domain.policy;

import static uk.gov.borough.reintegration.domain.model.access.Permission.ACKNOWLEDGE_OUTCOME;
import static uk.gov.borough.reintegration.domain.model.access.Permission.ADD_NOTES;
import static uk.gov.borough.reintegration.domain.model.access.Permission.DECIDE_AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.access.Permission.EDIT_REFERRAL_AND_PLAN;
import static uk.gov.borough.reintegration.domain.model.access.Permission.RECORD_SCHOOL_STEPS;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.BROKEN_DOWN;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.COMPLETED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.DECLINED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.DEFERRED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.DRAFT;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.NOT_READY;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.PLANNING;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.REFERRED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.RETURNED_TO_OLIVE_ACADEMY;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.RETURNED_TO_REFERRING_SCHOOL;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.STARTED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.STOPPED_CONSENT_WITHDRAWN;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.SUCCESSFUL;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.SUCCESS_ACKNOWLEDGED;
import static uk.gov.borough.reintegration.domain.model.cases.CaseStatus.UNDER_REVIEW;
import static uk.gov.borough.reintegration.domain.model.cases.Route.MANAGED_MOVE;
import static uk.gov.borough.reintegration.domain.model.cases.Route.PERMANENT_EXCLUSION;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.ATTENDANCE_AND_BEHAVIOUR_SERVICE;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.IYFAP_MAILBOX;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.MEETING_ATTENDEE;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.OLIVE_ACADEMY;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.PARENT_CARER;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.RECEIVING_SCHOOL;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.REFERRING_SCHOOL;
import static uk.gov.borough.reintegration.domain.model.outbox.RecipientRole.RESPONSIBLE_LEAD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;
import uk.gov.borough.reintegration.domain.policy.NextAction.Expected;
import uk.gov.borough.reintegration.domain.policy.StepRule.Move;

/**
 * The borough's 2020/21 policy as data: its steps, where each belongs and whose it is; what a case
 * waits for at each status, and from whom; and the serious breakdown categories in its words
 * (P4-P9; DESIGN.md, "Who uses it" and "Workflow and rules").
 */
final class Havering2020 {

  private Havering2020() {}

  private static final Set<CaseStatus> OPEN =
      EnumSet.complementOf(EnumSet.copyOf(CaseStatus.CLOSED));
  private static final Set<CaseStatus> EVERY_STATUS = EnumSet.allOf(CaseStatus.class);
  private static final Set<Route> EVERY_ROUTE = EnumSet.allOf(Route.class);
  private static final Set<Route> HEARD_AT_IYFAP = EnumSet.complementOf(EnumSet.of(MANAGED_MOVE));

  /** The statuses before the placement, while the provider may still find the pupil not ready. */
  private static final Set<CaseStatus> BEFORE_THE_START =
      EnumSet.of(DRAFT, REFERRED, AT_PANEL, DEFERRED, PLANNING);

  private static final Set<CaseStatus> IN_PLACEMENT = EnumSet.of(STARTED, UNDER_REVIEW);

  /**
   * The provider completes the referral and the plan (P7); on a managed move, the pupil's own
   * school does, which is both the referring school and the current provision (P5).
   */
  private static final List<Taker> PROVIDER =
      List.of(
          Taker.of(Party.PROVIDER, EDIT_REFERRAL_AND_PLAN),
          Taker.of(Party.PROVIDER, RECORD_SCHOOL_STEPS).on(MANAGED_MOVE));

  private static final List<Taker> OFFICER =
      List.of(Taker.of(Party.INCLUSION_OFFICER, DECIDE_AT_PANEL));

  /** Any school or provision of the case, as the plan's records are kept by all of them (P7). */
  private static final List<Taker> SCHOOLS =
      List.of(Taker.of(null, EDIT_REFERRAL_AND_PLAN, RECORD_SCHOOL_STEPS));

  /** Either party to the success: the receiving school and the provider sign it off (P4). */
  private static final List<Taker> BOTH_PARTIES =
      List.of(
          Taker.of(Party.RECEIVING_SCHOOL, RECORD_SCHOOL_STEPS),
          Taker.of(Party.PROVIDER, EDIT_REFERRAL_AND_PLAN));

  /** "In all cases the pupil may return to the referring school" (P6): an officer or a school. */
  private static final List<Taker> RETURN =
      List.of(
          Taker.of(Party.INCLUSION_OFFICER, DECIDE_AT_PANEL), Taker.of(null, RECORD_SCHOOL_STEPS));

  static List<StepRule> steps() {
    return List.of(
        moves(Step.OPEN_REFERRAL, DRAFT, EVERY_ROUTE, PROVIDER),
        moves(Step.SUBMIT_REFERRAL, REFERRED, HEARD_AT_IYFAP, PROVIDER, DRAFT),
        new StepRule(
            Step.FIND_NOT_READY, BEFORE_THE_START, Move.PAUSES, NOT_READY, EVERY_ROUTE, PROVIDER),
        resumes(Step.FIND_READY_AGAIN, NOT_READY, EVERY_ROUTE, PROVIDER),
        moves(Step.LIST_AT_HEARING, AT_PANEL, HEARD_AT_IYFAP, OFFICER, REFERRED, DEFERRED),
        moves(Step.RATIFY, PLANNING, HEARD_AT_IYFAP, OFFICER, AT_PANEL),
        moves(Step.DEFER, DEFERRED, HEARD_AT_IYFAP, OFFICER, AT_PANEL),
        moves(Step.DECLINE, DECLINED, HEARD_AT_IYFAP, OFFICER, AT_PANEL),
        // The schools agree a managed move between them, without a hearing (P5)
        moves(
            Step.AGREE_MANAGED_MOVE,
            PLANNING,
            EnumSet.of(MANAGED_MOVE),
            List.of(Taker.of(null, RECORD_SCHOOL_STEPS)),
            DRAFT),
        moves(Step.START, STARTED, EVERY_ROUTE, SCHOOLS, PLANNING),
        moves(Step.BEGIN_LIAISON, UNDER_REVIEW, EVERY_ROUTE, SCHOOLS, STARTED),
        moves(Step.AGREE_SUCCESS, SUCCESSFUL, EVERY_ROUTE, BOTH_PARTIES, STARTED, UNDER_REVIEW),
        moves(
            Step.ACKNOWLEDGE_SUCCESS,
            SUCCESS_ACKNOWLEDGED,
            EVERY_ROUTE,
            List.of(Taker.of(Party.INCLUSION_OFFICER, ACKNOWLEDGE_OUTCOME)),
            SUCCESSFUL),
        moves(Step.COMPLETE, COMPLETED, EVERY_ROUTE, PROVIDER, SUCCESS_ACKNOWLEDGED),
        // The receiving school ends a placement that broke down (P5, R10)
        moves(
            Step.END_PLACEMENT,
            BROKEN_DOWN,
            EVERY_ROUTE,
            List.of(Taker.of(Party.RECEIVING_SCHOOL, RECORD_SCHOOL_STEPS)),
            STARTED,
            UNDER_REVIEW),
        moves(
            Step.RETURN_TO_OLIVE_ACADEMY,
            RETURNED_TO_OLIVE_ACADEMY,
            EVERY_ROUTE,
            RETURN,
            BROKEN_DOWN),
        moves(
            Step.RETURN_TO_REFERRING_SCHOOL,
            RETURNED_TO_REFERRING_SCHOOL,
            EVERY_ROUTE,
            RETURN,
            NOT_READY,
            DECLINED,
            PLANNING,
            STARTED,
            UNDER_REVIEW,
            BROKEN_DOWN,
            STOPPED_CONSENT_WITHDRAWN),
        // R1: a permanently excluded pupil's case stops while consent is withdrawn
        new StepRule(
            Step.STOP_FOR_WITHDRAWN_CONSENT,
            union(BEFORE_THE_START, IN_PLACEMENT),
            Move.PAUSES,
            STOPPED_CONSENT_WITHDRAWN,
            EnumSet.of(PERMANENT_EXCLUSION),
            PROVIDER),
        resumes(Step.RESUME_WITH_CONSENT, STOPPED_CONSENT_WITHDRAWN, EVERY_ROUTE, PROVIDER),
        records(Step.RECORD_PARENT_CARER, OPEN, PROVIDER),
        records(Step.RECORD_CONSENT, OPEN, PROVIDER),
        // Stage 1 is completed with the referral, and re-assessed until the start (P7, R3)
        records(Step.RECORD_STAGE1, union(BEFORE_THE_START, EnumSet.of(NOT_READY)), PROVIDER),
        // Uniform support is decided at referral (P5, R4)
        records(Step.DECIDE_UNIFORM, EnumSet.of(DRAFT, NOT_READY), PROVIDER),
        // The AP start counts the plan's weeks; one forgotten is recorded until the start
        records(Step.RECORD_AP_START, union(BEFORE_THE_START, EnumSet.of(NOT_READY)), PROVIDER),
        // Readiness is shown before the start (P4, R2)
        records(Step.RECORD_READINESS, EnumSet.of(PLANNING), PROVIDER),
        records(Step.SIGN_OFF, IN_PLACEMENT, BOTH_PARTIES),
        // The school of roll decides once the success is agreed, or after a breakdown and the
        // return (P4, P6, R12): a mainstream school, or Olive Academy for a permanently excluded
        // pupil
        records(
            Step.DECIDE_ROLL,
            EnumSet.of(
                SUCCESSFUL,
                SUCCESS_ACKNOWLEDGED,
                BROKEN_DOWN,
                RETURNED_TO_OLIVE_ACADEMY,
                RETURNED_TO_REFERRING_SCHOOL),
            List.of(Taker.of(Party.REFERRING_SCHOOL, RECORD_SCHOOL_STEPS, EDIT_REFERRAL_AND_PLAN))),
        records(Step.SUPERSEDE_ROLL, EVERY_STATUS, OFFICER),
        records(Step.MOVE_TO_EDITION_IN_FORCE, OPEN, OFFICER),
        records(Step.PLAN_MEETING, OPEN, SCHOOLS),
        records(Step.ARRANGE_PLANNING_MEETING, OPEN, PROVIDER),
        records(Step.RECORD_PHASED_RETURN_WEEK, OPEN, SCHOOLS),
        records(Step.RECORD_EVALUATION, OPEN, SCHOOLS),
        records(
            Step.EXTEND_DEADLINE,
            OPEN,
            List.of(
                Taker.of(null, EDIT_REFERRAL_AND_PLAN, RECORD_SCHOOL_STEPS),
                Taker.of(Party.INCLUSION_OFFICER, DECIDE_AT_PANEL))),
        // Each party names its own lead; an inclusion officer names the officer and the social
        // worker, and may change any lead (P7, "Case Details"; issue 16)
        records(Step.NAME_CURRENT_LEAD, OPEN, withOfficer(PROVIDER)),
        records(
            Step.NAME_RECEIVING_LEAD,
            OPEN,
            withOfficer(List.of(Taker.of(Party.RECEIVING_SCHOOL, RECORD_SCHOOL_STEPS)))),
        records(Step.NAME_INCLUSIONS_OFFICER, OPEN, OFFICER),
        records(Step.NAME_SOCIAL_WORKER, OPEN, OFFICER),
        records(Step.ADD_DOCUMENT, OPEN, SCHOOLS),
        records(Step.ADD_NOTE, EVERY_STATUS, List.of(Taker.of(null, ADD_NOTES))));
  }

  /**
   * Who is told of each event (DESIGN.md, "Notifications"; P4-P8): the mailboxes by their role, the
   * parties of the case, and the parents and carers when a placement ends (R11).
   */
  static Map<PolicyEvent, List<Told>> told() {
    Map<PolicyEvent, List<Told>> told = new EnumMap<>(PolicyEvent.class);
    // The referral and Stage 1 go to the IYFAP mailbox (P4)
    told.put(PolicyEvent.REFERRAL_SUBMITTED, List.of(Told.always(IYFAP_MAILBOX)));
    // Stage 1 goes back to the referring school; Olive Academy returns it to the receiving school
    // (P7, week 3)
    told.put(
        PolicyEvent.STAGE_1_COMPLETED,
        List.of(
            new Told(REFERRING_SCHOOL, Told.OnCases.OTHER),
            new Told(RECEIVING_SCHOOL, Told.OnCases.OLIVE_ACADEMY)));
    told.put(
        PolicyEvent.HEARING_DECISION,
        List.of(
            Told.always(RecipientRole.PROVIDER),
            Told.always(REFERRING_SCHOOL),
            Told.always(RECEIVING_SCHOOL)));
    for (PolicyEvent meeting :
        List.of(
            PolicyEvent.MEETING_SCHEDULED,
            PolicyEvent.MEETING_MOVED,
            PolicyEvent.MEETING_CANCELLED)) {
      told.put(meeting, List.of(Told.always(MEETING_ATTENDEE)));
    }
    // Olive Academy, as provider or school of roll, is kept informed of the evaluations (P5)
    told.put(PolicyEvent.EVALUATION_RECORDED, List.of(Told.always(OLIVE_ACADEMY)));
    // The parents are told in writing when a placement ends (P5, R11)
    told.put(
        PolicyEvent.PLACEMENT_ENDED,
        List.of(
            Told.always(REFERRING_SCHOOL), Told.always(IYFAP_MAILBOX), Told.always(PARENT_CARER)));
    // Admissions & Inclusion are told of a success before the next panel (P4, R13)
    told.put(PolicyEvent.SUCCESS_AGREED, List.of(Told.always(IYFAP_MAILBOX)));
    // A managed move is the Attendance & Behaviour Service's to follow (P5)
    told.put(
        PolicyEvent.MANAGED_MOVE_OPENED, List.of(Told.always(ATTENDANCE_AND_BEHAVIOUR_SERVICE)));
    told.put(
        PolicyEvent.MANAGED_MOVE_BROKEN_DOWN,
        List.of(
            Told.always(REFERRING_SCHOOL),
            Told.always(IYFAP_MAILBOX),
            Told.always(ATTENDANCE_AND_BEHAVIOUR_SERVICE),
            Told.always(PARENT_CARER)));
    told.put(
        PolicyEvent.MANAGED_MOVE_CONCLUDED,
        List.of(Told.always(IYFAP_MAILBOX), Told.always(ATTENDANCE_AND_BEHAVIOUR_SERVICE)));
    told.put(PolicyEvent.DEADLINE_DUE_SOON, List.of(Told.always(RESPONSIBLE_LEAD)));
    told.put(PolicyEvent.DEADLINE_OVERDUE, List.of(Told.always(RESPONSIBLE_LEAD)));
    return told;
  }

  /**
   * The "serious cases of dangerous behaviour" for which the placement "can be ended without a
   * meeting" (P5, R10), in the policy's words and order, as written.
   */
  static Map<BreakdownCategory, String> breakdownCategories() {
    Map<BreakdownCategory, String> words = new LinkedHashMap<>();
    words.put(
        BreakdownCategory.SERIOUS_BREACH_OF_BEHAVIOUR_POLICY,
        "Serious breach of the schools behaviour policy");
    words.put(BreakdownCategory.MALICIOUS_MEDIA_COMMUNICATION, "Malicious media communication");
    words.put(BreakdownCategory.SEXUALISED_BEHAVIOUR, "Sexualised behaviour");
    words.put(
        BreakdownCategory.SERIOUS_HARM_TO_EDUCATION_OR_WELFARE,
        "Any behaviour where allowing the pupil to remain in school would seriously harm the"
            + " education or the welfare of the pupil or others in the school");
    words.put(BreakdownCategory.OBSCENE_COMMUNICATION, "Verbal or written obscene communication");
    words.put(
        BreakdownCategory.OFFENSIVE_WEAPON,
        "Possession of an offensive weapon (inside or outside of school)");
    words.put(
        BreakdownCategory.SERIOUS_ASSAULT,
        "Serious assault of a pupil or member of staff / public");
    words.put(BreakdownCategory.THREATENING_VIOLENCE, "Threatening violence");
    words.put(
        BreakdownCategory.SEXUAL_ASSAULT_OR_VIOLENCE,
        "Sexual assault / violence perpetrated against another pupil or member of staff");
    words.put(
        BreakdownCategory.UNDER_THE_INFLUENCE,
        "Under the influence of drugs or alcohol on school premises");
    words.put(
        BreakdownCategory.DISTRIBUTION_OF_DRUGS_OR_ALCOHOL,
        "Distribution of drugs / alcohol to other pupil’s");
    return words;
  }

  /** The takers, and an inclusion officer besides. */
  private static List<Taker> withOfficer(List<Taker> takers) {
    List<Taker> all = new ArrayList<>(takers);
    all.addAll(OFFICER);
    return all;
  }

  /** The schools' and the provider's staff, of the parties named. */
  private static List<Taker> staffOf(Party... parties) {
    return Arrays.stream(parties)
        .map(party -> Taker.of(party, RECORD_SCHOOL_STEPS, EDIT_REFERRAL_AND_PLAN))
        .toList();
  }

  /** What a case waits for at each open status, and from whom; a closed case waits for nothing. */
  static Map<CaseStatus, Expected> nextActions() {
    Map<CaseStatus, Expected> next = new EnumMap<>(CaseStatus.class);
    next.put(DRAFT, new Expected("Complete Stage 1 and submit the referral (P4)", PROVIDER));
    next.put(
        NOT_READY, new Expected("Address the barrier, then re-assess Stage 1 (P7, R3)", PROVIDER));
    next.put(REFERRED, new Expected("List the case at an IYFAP hearing (P4)", OFFICER));
    next.put(DEFERRED, next.get(REFERRED));
    next.put(AT_PANEL, new Expected("Record the panel's decision (P4)", OFFICER));
    next.put(
        PLANNING,
        new Expected(
            "Hold the planning meeting and agree the start (P4, R6, R8)",
            staffOf(Party.RECEIVING_SCHOOL)));
    next.put(
        STARTED,
        new Expected(
            "Review the week and record the phased return (P4, P8)",
            staffOf(Party.RECEIVING_SCHOOL)));
    next.put(
        UNDER_REVIEW,
        new Expected(
            "Sign off the reintegration, or end the placement (P4, P5)",
            staffOf(Party.RECEIVING_SCHOOL, Party.PROVIDER)));
    next.put(
        SUCCESSFUL,
        new Expected(
            "Acknowledge the success report before the next hearing (R12, R13)",
            List.of(Taker.of(Party.INCLUSION_OFFICER, ACKNOWLEDGE_OUTCOME))));
    next.put(
        SUCCESS_ACKNOWLEDGED,
        new Expected(
            "Decide the roll and complete the transition (P9)",
            staffOf(Party.REFERRING_SCHOOL, Party.PROVIDER)));
    next.put(
        BROKEN_DOWN,
        new Expected(
            "Decide where the pupil goes next (P6, R14, R15)",
            staffOf(Party.PROVIDER, Party.REFERRING_SCHOOL)));
    next.put(
        STOPPED_CONSENT_WITHDRAWN,
        new Expected("Seek the parent's or carer's consent again (P4, R1)", PROVIDER));
    return next;
  }

  private static StepRule moves(
      Step step, CaseStatus to, Set<Route> routes, List<Taker> takers, CaseStatus... from) {
    Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    statuses.addAll(Arrays.asList(from));
    return new StepRule(step, statuses, Move.MOVES, to, routes, takers);
  }

  private static StepRule resumes(
      Step step, CaseStatus from, Set<Route> routes, List<Taker> takers) {
    return new StepRule(step, EnumSet.of(from), Move.RESUMES, null, routes, takers);
  }

  private static StepRule records(Step step, Set<CaseStatus> from, List<Taker> takers) {
    return new StepRule(step, from, Move.RECORDS, null, EVERY_ROUTE, takers);
  }

  private static Set<CaseStatus> union(Set<CaseStatus> a, Set<CaseStatus> b) {
    Set<CaseStatus> both = EnumSet.copyOf(a);
    both.addAll(b);
    return both;
  }
}
