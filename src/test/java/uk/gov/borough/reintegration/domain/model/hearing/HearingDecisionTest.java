package uk.gov.borough.reintegration.domain.model.hearing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

class HearingDecisionTest {

  private static final LocalDateTime DECIDED_AT = LocalDateTime.of(2025, 2, 12, 11, 0);

  private final ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
  private final IyfapHearing hearing = new IyfapHearing(LocalDate.of(2025, 2, 12));

  @Test
  @DisplayName("P4: a ratified decision names the receiving school")
  void ratifiedNamesTheReceivingSchool() {
    assertEquals(
        Set.of(),
        Fixtures.violations(
            HearingDecision.ratified(
                reintegrationCase,
                hearing,
                Fixtures.mainstreamSchool("Receiving School"),
                DECIDED_AT,
                "IYFAP clerk")));
    assertEquals(
        Set.of("A ratified decision must name the receiving school"),
        Fixtures.violations(
            HearingDecision.ratified(reintegrationCase, hearing, null, DECIDED_AT, "IYFAP clerk")));
  }

  @Test
  @DisplayName("P4: a deferred decision goes to a later hearing, with reasons")
  void deferredToALaterHearingWithReasons() {
    IyfapHearing later = new IyfapHearing(LocalDate.of(2025, 3, 12));
    IyfapHearing earlier = new IyfapHearing(LocalDate.of(2025, 1, 15));
    assertEquals(
        Set.of(),
        Fixtures.violations(
            HearingDecision.deferred(
                reintegrationCase, hearing, later, "Awaiting report", DECIDED_AT, "IYFAP clerk")));
    assertEquals(
        Set.of(
            "A deferred decision must name a later hearing to go to",
            "Give the reasons for deferring or declining"),
        Fixtures.violations(
            HearingDecision.deferred(
                reintegrationCase, hearing, earlier, null, DECIDED_AT, "IYFAP clerk")));
  }

  @Test
  @DisplayName("P4: a declined decision gives its reasons")
  void declinedGivesReasons() {
    assertEquals(
        Set.of("Give the reasons for deferring or declining"),
        Fixtures.violations(
            HearingDecision.declined(reintegrationCase, hearing, "", DECIDED_AT, "IYFAP clerk")));
  }
}
