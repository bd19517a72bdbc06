package uk.gov.borough.reintegration.application.internal;

import static uk.gov.borough.reintegration.domain.model.access.Permission.DECIDE_AT_PANEL;
import static uk.gov.borough.reintegration.domain.model.access.Permission.EDIT_REFERRAL_AND_PLAN;
import static uk.gov.borough.reintegration.domain.model.access.Permission.RECORD_SCHOOL_STEPS;
import static uk.gov.borough.reintegration.domain.model.access.Permission.VIEW_CASES;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.util.List;
import uk.gov.borough.reintegration.application.DeadlineService;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseHistoryEntry;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultDeadlineService implements DeadlineService {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject DeadlinePlanner deadlines;

  @Inject PolicyEditions editions;

  @Inject CaseSteps steps;

  @Override
  public List<Deadline> deadlines(Caller caller, long caseId) {
    return cases.recordsOf(access.caseFor(caller, caseId, VIEW_CASES), Deadline.class);
  }

  @Override
  public Deadline extendDeadline(
      Caller caller, long caseId, long version, DeadlineKind kind, LocalDate to, String reason) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.EXTEND_DEADLINE);
    Deadline deadline =
        deadlines
            .find(c, kind)
            .orElseThrow(
                () -> new InvalidReferenceException("kind", "The case has no such deadline yet"));
    deadline.extend(to, reason, caller.name());
    return deadline;
  }

  @Override
  public List<Deadline> recountDeadlines(Caller caller, long caseId) {
    ReintegrationCase c =
        access.caseFor(
            caller, caseId, EDIT_REFERRAL_AND_PLAN, RECORD_SCHOOL_STEPS, DECIDE_AT_PANEL);
    List<Deadline> all = cases.recordsOf(c, Deadline.class);
    all.stream().filter(d -> d.getMetOn() == null).forEach(d -> deadlines.recount(c, d));
    return all;
  }

  @Override
  public ReintegrationCase moveToEditionInForce(
      Caller caller, long caseId, long version, String reason) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.MOVE_TO_EDITION_IN_FORCE);
    if (reason == null || reason.isBlank()) {
      throw new InvalidReferenceException("reason", "Give the reason for the move");
    }
    PolicyEdition from = editions.of(c);
    PolicyEdition to = editions.forNewCases();
    if (editions.runsUnderEditionInForce(c)) {
      throw new InvalidReferenceException(
          "reason", "The case is already run under " + to + ", the edition in force");
    }
    steps.runUnder(c, to);
    cases.add(
        new CaseHistoryEntry(
            c,
            steps.now(),
            caller.name(),
            CaseHistoryEntry.POLICY_EDITION_CHANGED,
            null,
            null,
            reason + " (was " + from + "; now " + to + ")"));
    cases.recordsOf(c, Deadline.class).stream()
        .filter(d -> d.getMetOn() == null)
        .forEach(d -> deadlines.recount(c, d));
    return c;
  }
}
