package uk.gov.borough.reintegration.interfaces.web.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.application.CaseService.PupilChoice;

/** The pupil lookup offers each pupil so that the one meant can be told apart, and found again. */
class NewReferralPageTest {

  @Test
  void aPupilIsOfferedByNameYearAndUpn() {
    PupilChoice pupil = new PupilChoice("Y999204116886", "Harriet", "Pemberton", 10);
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
