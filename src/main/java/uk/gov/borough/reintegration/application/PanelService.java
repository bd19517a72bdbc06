package uk.gov.borough.reintegration.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;

/**
 * The In Year Fair Access Panel (P4): its hearings, the cases listed at them, and its decisions,
 * which name the receiving school and start the deadlines counted from the hearing (R6, R8).
 */
public interface PanelService {

  IyfapHearing scheduleHearing(Caller caller, LocalDate panelDate, String agendaNotes);

  List<IyfapHearing> hearingsFrom(Caller caller, LocalDate day);

  ReintegrationCase listAtHearing(Caller caller, long caseId, long version, long hearingId);

  /**
   * Records in the audit trail that the caller printed a hearing's agenda and panel pack (issue
   * 18): the panel's members only, and each time.
   *
   * @param hearingId the hearing; null for the cases at the panel with no hearing recorded
   */
  void recordPanelPack(Caller caller, Long hearingId, List<Long> caseIds);

  /** The panel's decision at the hearing the case is listed at (P4). */
  ReintegrationCase decide(Caller caller, long caseId, long version, Decision decision);

  /** The panel's decision: the receiving school when ratified, a later hearing when deferred. */
  record Decision(
      DecisionOutcome outcome, Long receivingSchoolId, Long laterHearingId, String reasons) {}

  /**
   * How many pupils the panel has placed at each school this school year, by the school's id, for
   * inclusion officers deciding where the next one goes (fair access spreads them).
   */
  Map<Long, Long> placedThisSchoolYear(Caller caller);
}
