package uk.gov.borough.reintegration.application;

import java.time.LocalDate;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;

/**
 * The placement at the receiving school (P4, P5, P9): readiness shown, the start, liaison, its
 * ending (R10, R11) or its success signed off by both parties and reported (R12, R13), the roll
 * decision, completion, and the return to Olive Academy or the referring school (R14, R15).
 */
public interface PlacementService {

  /** Progress shown to the receiving school and the return discussed (R2). */
  ReintegrationCase recordReadiness(Caller caller, long caseId, long version, Readiness readiness);

  /** The first day at the receiving school (R2, R3, R8). */
  ReintegrationCase start(Caller caller, long caseId, long version, LocalDate on);

  /** From the weekly reviews to liaison with the provider (P4-P5). */
  ReintegrationCase beginLiaison(Caller caller, long caseId, long version);

  /** Ends the placement (R10), telling the referring school, the parents and IYFAP (R11). */
  ReintegrationCase endPlacement(Caller caller, long caseId, long version, Ending ending);

  /** One party's sign-off; with both, the success is agreed (P4) and reported (R13). */
  ReintegrationCase signOff(Caller caller, long caseId, long version, Party party, LocalDate on);

  /** An inclusion officer acknowledges the success report: the roll gate opens (R12). */
  ReintegrationCase acknowledgeSuccess(Caller caller, long caseId, long version);

  /**
   * The referring school's roll decision (R12, R13). It raises the case's version; one that
   * contradicts a transfer or a return standing is refused, for an inclusion officer to supersede.
   */
  ReintegrationCase recordRoll(
      Caller caller, long caseId, long version, RollDecision decision, LocalDate on, String notes);

  /**
   * An inclusion officer's roll decision superseding the one standing, with the reason (issue 15).
   */
  ReintegrationCase supersedeRoll(
      Caller caller, long caseId, long version, RollDecision decision, LocalDate on, String reason);

  /** Transition complete and the AP withdrew, with what went well and could be improved (P9). */
  ReintegrationCase complete(Caller caller, long caseId, long version, Completion completion);

  /** Back to Olive Academy (R14) or to the referring school (R15). */
  ReintegrationCase returnPupil(
      Caller caller, long caseId, long version, ReturnTo to, String reason);

  record Readiness(
      LocalDate progressShownOn,
      String progressNotes,
      LocalDate returnDiscussedOn,
      String discussionNotes) {}

  /**
   * How a placement ended: a serious breakdown category, or the meeting that agreed the ending
   * (R10), with what happened.
   */
  record Ending(LocalDate on, BreakdownCategory category, Long meetingId, String description) {}

  record Completion(LocalDate transitionCompletedOn, String wentWell, String couldBeImproved) {}

  /** Who signs off a success (P4): the receiving school, and the provider. */
  enum Party {
    RECEIVING_SCHOOL,
    PROVIDER
  }

  enum ReturnTo {
    OLIVE_ACADEMY,
    REFERRING_SCHOOL
  }
}
