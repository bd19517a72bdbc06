package uk.gov.borough.reintegration.interfaces.web.establishment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * The establishments taking part in the borough's reintegrations (issue 5, admin): everyone reads
 * the register, the portal's administrators add to it.
 */
@Named("establishmentsPage")
@RequestScoped
public class EstablishmentsPage {

  @Inject EstablishmentDirectory directory;

  @Inject Caller caller;

  private List<Establishment> establishments;
  private EstablishmentKind kind;
  private String name;
  private String urn;
  private String mailbox;
  private boolean academy;

  public boolean isAdministrator() {
    return caller.keepsReferenceData();
  }

  /** A school, academy or provision added to the register. */
  public String register() {
    return PageSteps.attempt(
        () -> directory.register(caller, new Establishment(kind, name, urn, mailbox, academy)),
        "Establishment registered.",
        "/establishments?faces-redirect=true",
        () -> {});
  }

  public EstablishmentKind[] getKinds() {
    return EstablishmentKind.values();
  }

  public EstablishmentKind getKind() {
    return kind;
  }

  public void setKind(EstablishmentKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUrn() {
    return urn;
  }

  public void setUrn(String urn) {
    this.urn = urn;
  }

  public String getMailbox() {
    return mailbox;
  }

  public void setMailbox(String mailbox) {
    this.mailbox = mailbox;
  }

  public boolean isAcademy() {
    return academy;
  }

  public void setAcademy(boolean academy) {
    this.academy = academy;
  }

  public List<Establishment> getEstablishments() {
    if (establishments == null) {
      establishments = directory.list(Optional.empty());
    }
    return establishments;
  }
}
