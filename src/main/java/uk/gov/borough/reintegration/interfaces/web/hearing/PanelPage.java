package uk.gov.borough.reintegration.interfaces.web.hearing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.CaseWorkflow;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * The In Year Fair Access Panel as Admissions &amp; Inclusion run it (issue 5, item 6): the
 * hearings to come, a new hearing, the cases waiting to be listed, the cases on an agenda, and the
 * success reports awaiting acknowledgement before the next hearing (R13).
 */
@Named("panelPage")
@RequestScoped
public class PanelPage {

  /** More cases than one panel's lists can usefully show. */
  private static final int MOST_CASES = 200;

  @Inject CaseWorkflow workflow;

  @Inject CaseService caseService;

  @Inject DeadlineStates states;

  @Inject Caller caller;

  private LocalDate panelDate;
  private String agendaNotes;

  /** Whether the person runs the panel: the page is theirs. */
  public boolean isPanelMember() {
    return caller.may(Permission.DECIDE_AT_PANEL);
  }

  public List<IyfapHearing> getHearings() {
    return workflow.hearingsFrom(caller, states.today());
  }

  /** Referred or deferred: waiting to be listed at a hearing (P4). */
  public List<ReintegrationCase> getWaitingToBeListed() {
    return Stream.of(CaseStatus.REFERRED, CaseStatus.DEFERRED)
        .flatMap(status -> withStatus(status).stream())
        .toList();
  }

  /** On a hearing's agenda, waiting for the panel's decision (P4). */
  public List<ReintegrationCase> getOnTheAgenda() {
    return withStatus(CaseStatus.AT_PANEL);
  }

  /** Agreed successful, waiting for an inclusion officer's acknowledgement (R12, R13). */
  public List<ReintegrationCase> getAwaitingAcknowledgement() {
    return withStatus(CaseStatus.SUCCESSFUL);
  }

  public String scheduleHearing() {
    return PageSteps.attempt(
        () -> workflow.scheduleHearing(caller, panelDate, agendaNotes),
        "Hearing scheduled.",
        "/panel?faces-redirect=true",
        () -> {});
  }

  private List<ReintegrationCase> withStatus(CaseStatus status) {
    CaseQuery query =
        new CaseQuery(
            Optional.of(status),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            CaseQuery.Order.OPENED,
            true);
    return caseService.list(caller, query, 0, MOST_CASES).cases();
  }

  public LocalDate getPanelDate() {
    return panelDate;
  }

  public void setPanelDate(LocalDate panelDate) {
    this.panelDate = panelDate;
  }

  public String getAgendaNotes() {
    return agendaNotes;
  }

  public void setAgendaNotes(String agendaNotes) {
    this.agendaNotes = agendaNotes;
  }
}
