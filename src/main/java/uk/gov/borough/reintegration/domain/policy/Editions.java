package uk.gov.borough.reintegration.domain.policy;

import static uk.gov.borough.reintegration.domain.policy.DeadlineClock.BEFORE_NEXT_HEARING;
import static uk.gov.borough.reintegration.domain.policy.DeadlineClock.PLACEMENT_WEEKS;
import static uk.gov.borough.reintegration.domain.policy.DeadlineClock.PLAN_WEEKS;
import static uk.gov.borough.reintegration.domain.policy.DeadlineClock.SCHOOL_DAYS_AFTER_HEARING;

import java.util.List;
import java.util.Optional;

/** The editions of the policy this release knows, by name. */
public final class Editions {

  private Editions() {}

  /** The borough's "Reintegration from Alternative Provision" policy, 2020/21 (../policy/). */
  public static final PolicyEdition HAVERING_2020_21 =
      new PolicyEdition(
          "Havering 2020/21",
          Havering2020.steps(),
          Havering2020.nextActions(),
          Havering2020.breakdownCategories(),
          Havering2020.told(),
          HardRules.of2020(),
          List.of(
              // "4 week review date": the end of plan week 4 on the AP's calendar (P7)
              new DeadlineRule(
                  DeadlineKind.FOUR_WEEK_REVIEW, PLAN_WEEKS, 4, Party.PROVIDER, Party.PROVIDER),
              // "within 10 school days after the hearing", on the receiving school's (P4, R6)
              new DeadlineRule(
                  DeadlineKind.PLANNING_MEETING,
                  SCHOOL_DAYS_AFTER_HEARING,
                  10,
                  Party.RECEIVING_SCHOOL,
                  Party.PROVIDER),
              // "no later than 10 school days after the hearing" (P4, R8)
              new DeadlineRule(
                  DeadlineKind.START,
                  SCHOOL_DAYS_AFTER_HEARING,
                  10,
                  Party.RECEIVING_SCHOOL,
                  Party.RECEIVING_SCHOOL),
              // "6 weeks in the first instance" before the placement is judged (P5, R9)
              new DeadlineRule(
                  DeadlineKind.FIRST_JUDGEMENT,
                  PLACEMENT_WEEKS,
                  6,
                  Party.RECEIVING_SCHOOL,
                  Party.RECEIVING_SCHOOL),
              // Admissions & Inclusion told "before the next IYFAP" (P4, R13): the day before
              new DeadlineRule(
                  DeadlineKind.SUCCESS_REPORTED,
                  BEFORE_NEXT_HEARING,
                  1,
                  null,
                  Party.INCLUSION_OFFICER)),
          3);

  private static final List<PolicyEdition> ALL = List.of(HAVERING_2020_21);

  public static Optional<PolicyEdition> named(String name) {
    return ALL.stream().filter(edition -> edition.name().equals(name)).findFirst();
  }

  /** The names of the editions there are, as a refusal lists them. */
  public static List<String> names() {
    return ALL.stream().map(PolicyEdition::name).toList();
  }
}
