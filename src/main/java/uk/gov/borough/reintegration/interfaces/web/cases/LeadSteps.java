package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.borough.reintegration.application.LeadService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.policy.Step;

/**
 * The case's named leads on its page (P7, "Case Details"; issue 16): a short form for each role the
 * person may name, offering the people already known for it, or a new person by name and work
 * e-mail.
 */
@Named("leadSteps")
@RequestScoped
public class LeadSteps {

  @Inject CasePage casePage;

  @Inject LeadService leadService;

  @Inject Caller caller;

  private Long personId;
  private String name;
  private String email;

  /**
   * The roles, each with the lead holding it and whether this person may change it; none while no
   * case is open (a form sent for a case not found is answered "page not found").
   */
  public List<Slot> getSlots() {
    if (casePage.getReintegration() == null) {
      return List.of();
    }
    return List.of(LeadRole.values()).stream()
        .map(
            role ->
                new Slot(
                    role,
                    casePage.getReintegration().leadOf(role),
                    casePage.mayTake(Step.naming(role).name())))
        .toList();
  }

  /** The people already known in the role for the establishment concerned. */
  public List<Lead> known(LeadRole role) {
    return leadService.known(caller, casePage.getId(), role);
  }

  public String name(LeadRole role) {
    return casePage.attempt(
        () ->
            leadService.nameLead(
                caller,
                casePage.getId(),
                casePage.getVersion(),
                role,
                new LeadService.NewLead(personId, name, email)),
        "The " + role.inWords() + " is named.");
  }

  public String remove(LeadRole role) {
    return casePage.attempt(
        () -> leadService.removeLead(caller, casePage.getId(), casePage.getVersion(), role),
        "The " + role.inWords() + " is removed.");
  }

  /** A lead role of the case: who holds it, if anyone, and whether this person may change it. */
  public record Slot(LeadRole role, Lead lead, boolean changeable) {

    /** "Receiving school lead", as a heading says it. */
    public String getTitle() {
      return Character.toUpperCase(role.inWords().charAt(0)) + role.inWords().substring(1);
    }

    public LeadRole getRole() {
      return role;
    }

    public Lead getLead() {
      return lead;
    }

    public boolean isChangeable() {
      return changeable;
    }
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
