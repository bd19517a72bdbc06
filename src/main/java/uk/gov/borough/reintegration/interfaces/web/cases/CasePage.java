package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.borough.reintegration.application.CaseNotFoundException;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.CaseWorkflow;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.cases.CaseHistoryEntry;
import uk.gov.borough.reintegration.domain.model.cases.CaseNote;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.model.workflow.NextAction;
import uk.gov.borough.reintegration.infrastructure.letters.PlanPdf;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * One case as staff read it (issue 5): the overview, both clocks' deadlines, meetings, notes and
 * history. A case that does not exist and one outside the caller's scope are the same "page not
 * found", as the API's 404 is (DESIGN.md, "API conventions").
 */
@Named("casePage")
@RequestScoped
public class CasePage {

  @Inject CaseService caseService;

  @Inject CaseWorkflow workflow;

  @Inject DeadlineStates states;

  @Inject Caller caller;

  private Long id;
  private Long formVersion;
  private ReintegrationCase reintegrationCase;
  private List<CaseNote> notes;
  // Read once per request: a table asks for its rows more than once while it is drawn
  private List<DeadlineRow> deadlines;
  private List<Meeting> meetings;
  private List<CaseHistoryEntry> history;
  private String noteText;
  private boolean noteSpecialCategory;

  /** A deadline with where it stands today. */
  public record DeadlineRow(Deadline deadline, DeadlineState state) {}

  /** Opens the case named by the address, or answers "page not found". */
  public void load() {
    try {
      if (getId() == null) {
        throw new CaseNotFoundException(0);
      }
      CaseService.CaseFile file = caseService.open(caller, id);
      reintegrationCase = file.reintegrationCase();
      notes = file.notes();
    } catch (CaseNotFoundException notAmongTheCallersCases) {
      notFound();
    }
  }

  /** A note on the case; kept in the form if it cannot be saved. */
  public String addNote() {
    return attempt(
        () -> caseService.addNote(caller, id, noteText, noteSpecialCategory), "Note added.");
  }

  /** The provider sends the referral to the IYFAP mailbox (P4). */
  public String submitReferral() {
    return attempt(
        () -> workflow.submitReferral(caller, id, getVersion()),
        "Referral submitted to the panel.");
  }

  /** From the weekly reviews to liaison with the provider (P4-P5). */
  public String beginLiaison() {
    return attempt(
        () -> workflow.beginLiaison(caller, id, getVersion()), "Liaison with the provider begun.");
  }

  /** An inclusion officer acknowledges the success report: the roll gate opens (R12). */
  public String acknowledgeSuccess() {
    return attempt(
        () -> workflow.acknowledgeSuccess(caller, id, getVersion()), "Success acknowledged.");
  }

  /** The Reintegration Plan as PDF, laid out like the policy's form, for a meeting or a parent. */
  public void downloadPlan() throws IOException {
    ReintegrationCase c = getReintegration();
    if (c == null) {
      return;
    }
    byte[] pdf =
        PlanPdf.of(
            c,
            workflow.records(caller, id, PhasedReturnWeek.class),
            getMeetings(),
            workflow.records(caller, id, Evaluation.class),
            states.today());
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType("application/pdf");
    response.setResponseContentLength(pdf.length);
    response.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"reintegration-plan-case-" + id + ".pdf\"");
    response.getResponseOutputStream().write(pdf);
    faces.responseComplete();
  }

  private String attempt(Runnable step, String done) {
    return PageSteps.attempt(
        step, done, "/case?faces-redirect=true&id=" + id, () -> formVersion = null);
  }

  /** The version of the case this form was filled in on, so a later save by another is seen. */
  public long getVersion() {
    return formVersion != null ? formVersion : getReintegration().getVersion();
  }

  public void setVersion(long version) {
    this.formVersion = version;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public boolean isNoteSpecialCategory() {
    return noteSpecialCategory;
  }

  public void setNoteSpecialCategory(boolean noteSpecialCategory) {
    this.noteSpecialCategory = noteSpecialCategory;
  }

  /** Whether the caller carries the permission, to offer only the steps that are theirs. */
  public boolean may(String permission) {
    return caller.may(Permission.valueOf(permission));
  }

  public Optional<NextAction> getNextAction() {
    return Optional.ofNullable(getReintegration()).flatMap(NextAction::of);
  }

  public List<DeadlineRow> getDeadlines() {
    if (deadlines == null) {
      deadlines =
          workflow.deadlines(caller, id).stream()
              .map(d -> new DeadlineRow(d, states.of(d)))
              .toList();
    }
    return deadlines;
  }

  public List<Meeting> getMeetings() {
    if (meetings == null) {
      meetings = workflow.records(caller, id, Meeting.class);
    }
    return meetings;
  }

  public List<CaseHistoryEntry> getHistory() {
    if (history == null) {
      history = workflow.records(caller, id, CaseHistoryEntry.class);
    }
    return history;
  }

  public List<CaseNote> getNotes() {
    getReintegration();
    return notes;
  }

  /** The case as saved now: read once per request, after any step this request took. */
  public ReintegrationCase getReintegration() {
    if (reintegrationCase == null) {
      load();
    }
    return reintegrationCase;
  }

  /**
   * The case's id: from the address on a GET, or from the form sent back, even one refused by
   * validation before the model was updated. Not a number is no case.
   */
  public Long getId() {
    if (id == null) {
      Map<String, String> sent =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      id =
          Stream.of("id", "steps:caseId", "note:caseId", "plan:caseId")
              .map(sent::get)
              .filter(value -> value != null && value.matches("\\d{1,18}"))
              .map(Long::valueOf)
              .findFirst()
              .orElse(null);
    }
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  private static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "Page not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
