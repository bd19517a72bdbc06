package uk.gov.borough.reintegration.interfaces.web.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.party.Pupil;

/** The pupil lookup offers each pupil so that the one meant can be told apart, and found again. */
class NewReferralPageTest {

  @Test
  void aPupilIsOfferedByNameYearAndUpn() {
    Pupil pupil =
        new Pupil(
            47L,
            "Y999204116886",
            "Harriet",
            "Pemberton",
            LocalDate.of(2011, 9, 16),
            10,
            false,
            "N");
    assertEquals("Harriet Pemberton, year 10, UPN Y999204116886", NewReferralPage.offered(pupil));
  }

  @Test
  void theChoiceGivesBackTheUpn() {
    assertEquals(
        "Y999204116886", NewReferralPage.upnOf("Harriet Pemberton, year 10, UPN Y999204116886"));
  }

  @Test
  void aUpnTypedAloneIsTakenAsIs() {
    assertEquals("Y999204116886", NewReferralPage.upnOf("  Y999204116886 "));
    assertNull(NewReferralPage.upnOf(null));
  }
}
