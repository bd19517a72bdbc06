package uk.gov.borough.reintegration.domain.model.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.policy.Editions;

class BreakdownCategoryTest {

  /** Policy page 5, "Serious Breakdown of a Reintegration", as written. */
  private static final List<String> POLICY_P5 =
      List.of(
          "Serious breach of the schools behaviour policy",
          "Malicious media communication",
          "Sexualised behaviour",
          "Any behaviour where allowing the pupil to remain in school would seriously harm the"
              + " education or the welfare of the pupil or others in the school",
          "Verbal or written obscene communication",
          "Possession of an offensive weapon (inside or outside of school)",
          "Serious assault of a pupil or member of staff / public",
          "Threatening violence",
          "Sexual assault / violence perpetrated against another pupil or member of staff",
          "Under the influence of drugs or alcohol on school premises",
          "Distribution of drugs / alcohol to other pupil’s");

  @Test
  @DisplayName("R10 (P5): the edition words the eleven categories as the policy does, in order")
  void categoriesAreThePolicysText() {
    assertEquals(POLICY_P5, List.copyOf(Editions.HAVERING_2020_21.breakdownCategories().values()));
  }

  @Test
  @DisplayName("R10 (P5): only an incident in a breakdown category is a serious breakdown")
  void seriousBreakdownOnlyWithACategory() {
    Incident weapon =
        new Incident(
            Fixtures.permanentExclusionCase(),
            LocalDate.of(2025, 3, 20),
            "Receiving school lead",
            "Knife found in bag",
            BreakdownCategory.OFFENSIVE_WEAPON);
    Incident lateness =
        new Incident(
            Fixtures.permanentExclusionCase(),
            LocalDate.of(2025, 3, 20),
            "Receiving school lead",
            "Late to two lessons",
            null);
    assertTrue(weapon.isSeriousBreakdown());
    assertFalse(lateness.isSeriousBreakdown());
  }
}
