package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * The edition new cases are opened under, as the help page says it: the page asks the policy for
 * its numbers rather than restating them (issue 15).
 */
@Named("policy")
@RequestScoped
public class PolicyInForce {

  @Inject PolicyEditions editions;

  private PolicyEdition edition() {
    return editions.forNewCases();
  }

  public String getName() {
    return edition().name();
  }

  public int getReviewPlanWeek() {
    return edition().deadline(DeadlineKind.FOUR_WEEK_REVIEW).count();
  }

  public int getPlanningMeetingSchoolDays() {
    return edition().deadline(DeadlineKind.PLANNING_MEETING).count();
  }

  public int getStartSchoolDays() {
    return edition().deadline(DeadlineKind.START).count();
  }

  public int getFirstJudgementWeeks() {
    return edition().deadline(DeadlineKind.FIRST_JUDGEMENT).count();
  }
}
