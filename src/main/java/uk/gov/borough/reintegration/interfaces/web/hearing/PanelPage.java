package uk.gov.borough.reintegration.interfaces.web.hearing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.application.PanelService;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolDays;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.letters.PanelPackPdf;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;
import uk.gov.borough.reintegration.interfaces.web.Downloads;
import uk.gov.borough.reintegration.interfaces.web.Labels;
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

  @Inject PanelService panelService;

  @Inject CaseService caseService;

  @Inject DeadlineStates states;

  @Inject Caller caller;

  @Inject PolicyEditions editions;

  @Inject EstablishmentDirectory establishments;

  private LocalDate panelDate;
  private String agendaNotes;
  // Each case's forms keep their own values: a refusal shows every case as it was typed
  private final Map<Long, CaseForm> forms = new HashMap<>();
  private List<IyfapHearing> hearings;
  private List<Agenda> agendas;
  // Read once per request: each row's form asks for the lists again while it is drawn
  private List<Establishment> schools;
  private List<ReintegrationCase> waiting;

  /** What is typed for one case of the page: the hearing to list it at, or the panel's decision. */
  public static class CaseForm {
    private Long hearingId;
    private DecisionOutcome outcome;
    private Long receivingSchoolId;
    private Long laterHearingId;
    private String reasons;

    public Long getHearingId() {
      return hearingId;
    }

    public void setHearingId(Long hearingId) {
      this.hearingId = hearingId;
    }

    public DecisionOutcome getOutcome() {
      return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
      this.outcome = outcome;
    }

    public Long getReceivingSchoolId() {
      return receivingSchoolId;
    }

    public void setReceivingSchoolId(Long receivingSchoolId) {
      this.receivingSchoolId = receivingSchoolId;
    }

    public Long getLaterHearingId() {
      return laterHearingId;
    }

    public void setLaterHearingId(Long laterHearingId) {
      this.laterHearingId = laterHearingId;
    }

    public String getReasons() {
      return reasons;
    }

    public void setReasons(String reasons) {
      this.reasons = reasons;
    }
  }

  /**
   * A hearing and the cases listed at it, waiting for the panel's decision; no hearing when the
   * case's hearing was not recorded.
   */
  public record Agenda(IyfapHearing hearing, List<ReintegrationCase> cases) {}

  /** Whether the person runs the panel: the page is theirs. */
  public boolean isPanelMember() {
    return editions.forNewCases().step(Step.RATIFY).isInTheRoleOf(caller);
  }

  public List<IyfapHearing> getHearings() {
    if (hearings == null) {
      hearings = panelService.hearingsFrom(caller, states.today());
    }
    return hearings;
  }

  /** The cases on each hearing's agenda, earliest hearing first: decided in one sitting (P4). */
  public List<Agenda> getAgendas() {
    if (agendas == null) {
      // A case put at the panel before hearings were kept (the demo's) has none: its own agenda
      Map<Optional<Long>, List<ReintegrationCase>> byHearing =
          getOnTheAgenda().stream()
              .collect(
                  Collectors.groupingBy(
                      c -> Optional.ofNullable(c.getListedHearing()).map(IyfapHearing::getId)));
      agendas =
          byHearing.values().stream()
              .map(listed -> new Agenda(listed.get(0).getListedHearing(), listed))
              .sorted(
                  Comparator.comparing(
                      agenda -> agenda.hearing() == null ? null : agenda.hearing().getPanelDate(),
                      Comparator.nullsFirst(Comparator.naturalOrder())))
              .toList();
    }
    return agendas;
  }

  /**
   * The agenda and panel pack of the hearing the form names (its id, or none for the cases at the
   * panel with no hearing recorded), as PDF: only an agenda the page shows the person, and each
   * download audited.
   */
  public void downloadPack() {
    if (!isPanelMember()) {
      return;
    }
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .getOrDefault("hearingId", "");
    getAgendas().stream()
        .filter(
            agenda ->
                asked.equals(
                    agenda.hearing() == null ? "" : String.valueOf(agenda.hearing().getId())))
        .findFirst()
        .ifPresent(
            agenda -> {
              Long hearingId = agenda.hearing() == null ? null : agenda.hearing().getId();
              panelService.recordPanelPack(
                  caller,
                  hearingId,
                  agenda.cases().stream().map(ReintegrationCase::getId).toList());
              Downloads.send(
                  PanelPackPdf.of(
                      agenda.hearing(),
                      agenda.cases(),
                      route -> Labels.of("Route", route),
                      states.today()),
                  "application/pdf",
                  "iyfap-panel-pack-" + (hearingId == null ? "unrecorded" : hearingId) + ".pdf");
            });
  }

  /** Referred or deferred: waiting to be listed at a hearing (P4). */
  public List<ReintegrationCase> getWaitingToBeListed() {
    if (waiting == null) {
      waiting = waitingFor(Step.LIST_AT_HEARING);
    }
    return waiting;
  }

  /** On a hearing's agenda, waiting for the panel's decision (P4). */
  public List<ReintegrationCase> getOnTheAgenda() {
    return waitingFor(Step.RATIFY);
  }

  /** Agreed successful, waiting for an inclusion officer's acknowledgement (R12, R13). */
  public List<ReintegrationCase> getAwaitingAcknowledgement() {
    return waitingFor(Step.ACKNOWLEDGE_SUCCESS);
  }

  public String scheduleHearing() {
    return PageSteps.attempt(
        () -> panelService.scheduleHearing(caller, panelDate, agendaNotes),
        "Hearing scheduled.",
        "/panel?faces-redirect=true",
        () -> {});
  }

  /** A case put on a hearing's agenda (P4); a deferred one goes to a later hearing. */
  public String listAtHearing() {
    return PageSteps.attempt(
        () -> {
          long caseId = caseSent();
          panelService.listAtHearing(caller, caseId, versionSent(), formFor(caseId).getHearingId());
        },
        "Case listed at the hearing.",
        "/panel?faces-redirect=true",
        () -> {});
  }

  /** The panel's decision on one case of the agenda: ratified, deferred or declined (P4, R5). */
  public String decide() {
    return PageSteps.attempt(
        () -> {
          long caseId = caseSent();
          CaseForm typed = formFor(caseId);
          panelService.decide(
              caller,
              caseId,
              versionSent(),
              new PanelService.Decision(
                  typed.getOutcome(),
                  typed.getReceivingSchoolId(),
                  typed.getLaterHearingId(),
                  typed.getReasons()));
        },
        "Decision recorded.",
        "/panel?faces-redirect=true",
        () -> {});
  }

  /** The form of the case, as typed in this request. */
  public CaseForm formFor(long caseId) {
    return forms.computeIfAbsent(caseId, id -> new CaseForm());
  }

  public DecisionOutcome[] getOutcomes() {
    return DecisionOutcome.values();
  }

  /** A school with how many pupils the panel placed there this school year. */
  public record Placed(Establishment school, long pupils) {}

  /**
   * Each mainstream school with the pupils the panel placed there this school year, fewest first:
   * shown beside the decisions, since fair access is about spreading them (issue 18).
   */
  public List<Placed> getPlacedThisSchoolYear() {
    Map<Long, Long> placed = panelService.placedThisSchoolYear(caller);
    return getSchools().stream()
        .map(school -> new Placed(school, placed.getOrDefault(school.getId(), 0L)))
        .sorted(Comparator.comparingLong(Placed::pupils))
        .toList();
  }

  /** The school year the placements are counted in: "2026/27". */
  public String getSchoolYear() {
    return SchoolDays.schoolYearOf(states.today());
  }

  /** The mainstream schools the panel may name as the receiving school. */
  public List<Establishment> getSchools() {
    if (schools == null) {
      schools = establishments.list(Optional.of(EstablishmentKind.MAINSTREAM));
    }
    return schools;
  }

  // Each case's form on this page carries the case and the version shown: the row it came from,
  // never a position in a list that may have changed since (a stale version is told).
  private static long caseSent() {
    return PageSteps.pressed("caseId", "No such case on the panel's lists");
  }

  private static long versionSent() {
    return PageSteps.pressed("version", "The form did not say which version of the case it showed");
  }

  /** The cases standing where the step belongs, as the edition in force has it. */
  private List<ReintegrationCase> waitingFor(Step step) {
    return editions.forNewCases().step(step).from().stream()
        .sorted()
        .flatMap(status -> withStatus(status).stream())
        .toList();
  }

  private List<ReintegrationCase> withStatus(CaseStatus status) {
    CaseQuery query =
        new CaseQuery(
            Optional.of(status),
            Optional.empty(),
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
