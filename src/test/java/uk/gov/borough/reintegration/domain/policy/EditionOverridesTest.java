package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.policy.EditionOverrides.InvalidOverridesException;

class EditionOverridesTest {

  private static final PolicyEdition HAVERING = Editions.HAVERING_2020_21;

  @Test
  @DisplayName("Comments and blank lines are skipped; key=value and key: value are read")
  void readsAFile() {
    assertEquals(
        Map.of("deadlines.start.school-days", "12", PolicyEdition.DUE_SOON_KEY, "5"),
        EditionOverrides.read(
            "b.properties",
            HAVERING,
            List.of(
                "# later starts",
                "",
                "! also a comment",
                "deadlines.start.school-days = 12",
                "deadlines.due-soon-days: 5")));
  }

  @Test
  @DisplayName("Every line at fault is named with the file and its number")
  void namesEachLineAtFault() {
    InvalidOverridesException refused =
        assertThrows(
            InvalidOverridesException.class,
            () ->
                EditionOverrides.read(
                    "/etc/b.properties",
                    HAVERING,
                    List.of(
                        "deadlines.start.school-days=twelve",
                        "deadlines.start.weeks=2",
                        "# fine",
                        "deadlines.first-judgement.weeks=61",
                        "deadlines.first-judgement.weeks=8",
                        "deadlines.first-judgement.weeks=8",
                        "just words",
                        "deadlines.planning-meeting.school-days=",
                        "told.placement-ended=referring-school, iyfap-mailbox")));
    assertEquals(
        List.of(
            "/etc/b.properties, line 1: deadlines.start.school-days must be a whole number from 1"
                + " to 60, not \"twelve\"",
            "/etc/b.properties, line 2: unknown key deadlines.start.weeks; the keys are "
                + HAVERING.overridable().keySet(),
            "/etc/b.properties, line 4: deadlines.first-judgement.weeks must be a whole number from"
                + " 1 to 60, not \"61\"",
            "/etc/b.properties, line 6: deadlines.first-judgement.weeks is set twice",
            "/etc/b.properties, line 7: expected key=value, found \"just words\"",
            "/etc/b.properties, line 8: deadlines.planning-meeting.school-days must be a whole"
                + " number from 1 to 60, not \"\"",
            "/etc/b.properties, line 9: told.placement-ended must keep parent-carer: the parents are"
                + " told in writing when a placement ends (R11, P5)"),
        refused.problems());
  }

  @Test
  @DisplayName("What a case keeps is read back as it was written")
  void roundTrip() {
    Map<String, String> overrides =
        Map.of(
            "deadlines.start.school-days",
            "12",
            "breakdown-categories.under-the-influence",
            "Under the influence: of drugs = alcohol",
            "told.referral-submitted",
            "iyfap-mailbox, provider@olive-academy");
    assertEquals(
        overrides,
        EditionOverrides.read(
            "case 1", HAVERING, EditionOverrides.write(overrides).lines().toList()));
  }
}
