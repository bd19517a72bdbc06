package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.cases.CaseDocument;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.DocumentKind;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.policy.RuleViolation;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * The draft referral as a task list (issue 18, GOV.UK "task list"): what the provider gathers
 * before the referral goes to the panel (P4, P7), each item not started, in progress or completed,
 * and, last, what submitting it still waits for as the edition's rules say (R1, R3, R4).
 */
@Named("referralTasks")
@RequestScoped
public class ReferralTasks {

  @Inject CasePage casePage;

  @Inject LeadSteps leadSteps;

  @Inject PolicyEditions editions;

  /** Where an item of the list stands. */
  public enum Progress {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String words;

    Progress(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }

    static Progress of(boolean begun, boolean done) {
      return done ? COMPLETED : begun ? IN_PROGRESS : NOT_STARTED;
    }
  }

  /** An item: its words, where it stands, and the part (and task) where it is done. */
  public record Task(String title, Progress progress, CasePart part, String task) {}

  public List<Task> getTasks() {
    ReintegrationCase c = casePage.getReintegration();
    Consent consent = c.getConsent();
    boolean referralAttached =
        casePage.getDocuments().stream()
            .map(CaseDocument::getKind)
            .anyMatch(kind -> kind == DocumentKind.INCLUSIONS_GATEWAY_REFERRAL);
    long leadsToName = leadSteps.getSlots().stream().filter(LeadSteps.Slot::changeable).count();
    long leadsNamed =
        leadSteps.getSlots().stream()
            .filter(slot -> slot.changeable() && slot.lead() != null)
            .count();
    return List.of(
        new Task(
            "Parents and carers",
            Progress.of(false, !c.getParentCarers().isEmpty()),
            CasePart.PARTIES,
            null),
        new Task(
            "Consent",
            Progress.of(consent != null, consent != null && consent.isInForce()),
            CasePart.PARTIES,
            null),
        new Task(
            "Stage 1: readiness to return",
            Progress.of(c.getStage1() != null, c.getStage1() != null && c.getStage1().isOnTrack()),
            CasePart.PLAN,
            "stage-1"),
        new Task(
            "Uniform support",
            Progress.of(false, c.getUniformSupport() != null),
            CasePart.PARTIES,
            null),
        new Task(
            "The AP start", Progress.of(false, c.getApStartDate() != null), CasePart.SUMMARY, null),
        new Task(
            "The Inclusions Gateway Referral",
            Progress.of(false, referralAttached),
            CasePart.DOCUMENTS,
            null),
        new Task(
            "Leads",
            Progress.of(leadsNamed > 0, leadsNamed == leadsToName),
            CasePart.PARTIES,
            null));
  }

  /**
   * What submitting the referral still waits for, in the words of the rules that would refuse it.
   */
  public List<String> getUnmet() {
    ReintegrationCase c = casePage.getReintegration();
    return editions.of(c).rules().unmetBeforeReferral(c).stream()
        .map(RuleViolation::explained)
        .toList();
  }
}
