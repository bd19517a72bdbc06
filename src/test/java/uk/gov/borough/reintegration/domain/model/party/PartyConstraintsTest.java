package uk.gov.borough.reintegration.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

class PartyConstraintsTest {

  private static Establishment establishment(String urn, String mailbox) {
    return new Establishment(EstablishmentKind.MAINSTREAM, "A School", urn, mailbox, false);
  }

  @Test
  @DisplayName("DESIGN Domain: a DfE URN is 6 or 7 digits")
  void urnIsSixOrSevenDigits() {
    assertEquals(Set.of(), Fixtures.violations(establishment("123456", "office@a.example.org")));
    assertEquals(Set.of(), Fixtures.violations(establishment("1234567", "office@a.example.org")));
    assertEquals(
        Set.of("Give the establishment's DfE URN as 6 or 7 digits"),
        Fixtures.violations(establishment("12345", "office@a.example.org")));
    assertEquals(
        Set.of("Give the establishment's DfE URN as 6 or 7 digits"),
        Fixtures.violations(establishment("12345A", "office@a.example.org")));
  }

  @Test
  @DisplayName("DESIGN Notifications: an establishment's mailbox is an e-mail address")
  void mailboxIsAnEmailAddress() {
    assertEquals(
        Set.of("Give the establishment's mailbox as an e-mail address"),
        Fixtures.violations(establishment("123456", "not an address")));
    assertEquals(
        Set.of("Give the establishment's mailbox"),
        Fixtures.violations(establishment("123456", "")));
  }

  @Test
  @DisplayName("P4-P5: a parent or carer has a name, a relationship and a way to be reached")
  void parentCarerShape() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    reintegrationCase.addParentCarer("", "Mother", null, null, true);
    assertEquals(
        Set.of(
            "Give the parent or carer's name",
            "Give an e-mail or a postal address for the parent or carer"),
        Fixtures.violations(reintegrationCase));
  }

  @Test
  @DisplayName("P5: a parent reached by letter needs no e-mail")
  void parentCarerByPost() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    ParentCarer carer =
        reintegrationCase.addParentCarer("A. Carer", "Foster carer", null, "1 High Street", false);
    assertEquals(Set.of(), Fixtures.violations(carer));
    assertEquals(1, reintegrationCase.getParentCarers().size());

    reintegrationCase.removeParentCarer(carer);
    assertEquals(0, reintegrationCase.getParentCarers().size());
  }

  @Test
  @DisplayName("P7 Case Details: a lead has a role, a name and an e-mail address")
  void leadShape() {
    assertEquals(
        Set.of("Give the lead's name", "Give the lead's e-mail as an e-mail address"),
        Fixtures.violations(new Lead(LeadRole.INCLUSIONS_OFFICER, " ", "officer", null)));
  }

  @Test
  @DisplayName("P7 Case Details: each lead fills the case's slot for their role")
  void leadsFillTheirRoleSlots() {
    ReintegrationCase reintegrationCase = Fixtures.permanentExclusionCase();
    Lead officer = new Lead(LeadRole.INCLUSIONS_OFFICER, "I. Officer", "io@la.example.org", null);
    Lead worker =
        new Lead(LeadRole.EARLY_HELP_OR_SOCIAL_WORKER, "S. Worker", "sw@la.example.org", null);
    reintegrationCase.assignLead(officer);
    reintegrationCase.assignLead(worker);

    assertEquals(officer, reintegrationCase.getInclusionsOfficer());
    assertEquals(worker, reintegrationCase.getEarlyHelpWorker());
    assertNull(reintegrationCase.getReceivingSchoolLead());
  }

  @Test
  @DisplayName("DESIGN Domain: a UPN is a check letter, 11 digits and a digit or letter")
  void upnPattern() {
    assertEquals(Set.of(), Fixtures.violations(Fixtures.pupil()));
    Pupil badUpn = new Pupil(2L, "1234", "Alex", "Sample", LocalDate.of(2012, 1, 1), 8, false, "N");
    assertEquals(
        Set.of("Give the pupil's UPN as a check letter, 11 digits and a final digit or letter"),
        Fixtures.violations(badUpn));
  }
}
