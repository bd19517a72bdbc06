package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.borough.reintegration.application.CaseNotFoundException;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.CorrespondenceService;
import uk.gov.borough.reintegration.application.DeadlineService;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.application.DocumentLimit;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseDocument;
import uk.gov.borough.reintegration.domain.model.cases.CaseNote;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Chronology;
import uk.gov.borough.reintegration.domain.model.cases.DocumentKind;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.RollRecord;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.incident.Incident;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.outbox.MessageState;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;
import uk.gov.borough.reintegration.domain.policy.NextAction;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.letters.LetterPdf;
import uk.gov.borough.reintegration.infrastructure.letters.PlanPdf;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;
import uk.gov.borough.reintegration.interfaces.web.Downloads;
import uk.gov.borough.reintegration.interfaces.web.Labels;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * One case as staff read it (issues 5 and 18): a summary, then each part at its own address (the
 * overview and parties, the plan, meetings, deadlines, the outcome, documents, notes, messages and
 * the chronology), a part's long forms each a task on a page of its own. A case that does not exist
 * and one outside the caller's scope are the same "page not found", as the API's 404 is (DESIGN.md,
 * "API conventions").
 */
@Named("casePage")
@RequestScoped
public class CasePage {

  @Inject CaseService caseService;

  @Inject DeadlineService deadlineService;

  @Inject CorrespondenceService correspondenceService;

  @Inject DeadlineStates states;

  @Inject DocumentLimit documentLimit;

  @Inject PolicyEditions editions;

  @Inject Caller caller;

  /** Entries of the chronology a page shows. */
  private static final int CHRONOLOGY_PAGE = 20;

  /** Stage 4 evaluations the plan shows a page. */
  private static final int EVALUATIONS_PAGE = 4;

  private Long id;
  private String partAsked;
  private CasePart part;
  private String taskAsked;
  private String shownAsked;
  private String pageAsked;
  private Chronology chronology;
  private Long formVersion;
  private CaseStatus drawnStatus;
  private ReintegrationCase reintegrationCase;
  private PolicyEdition edition;
  private List<CaseNote> notes;
  // Read once per request: a table asks for its rows more than once while it is drawn
  private List<DeadlineRow> deadlines;
  private List<Meeting> meetings;
  private List<PhasedReturnWeek> phasedReturn;
  private List<Evaluation> evaluations;
  private List<OutboxMessage> messages;
  private String noteText;
  private String documentTitle;
  private DocumentKind documentKind;
  private Part documentFile;
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
      sayWhyThePartIsNotShown();
    } catch (CaseNotFoundException notAmongTheCallersCases) {
      notFound();
    }
  }

  /** A note on the case; kept in the form if it cannot be saved. */
  public String addNote() {
    return attempt(
        () -> caseService.addNote(caller, getId(), getVersion(), noteText, noteSpecialCategory),
        "Note added.");
  }

  /** The Reintegration Plan as PDF, laid out like the policy's form, for a meeting or a parent. */
  public void downloadPlan() {
    ReintegrationCase c = getReintegration();
    if (c == null) {
      return;
    }
    byte[] pdf =
        PlanPdf.of(
            c,
            caseService.records(caller, getId(), PhasedReturnWeek.class),
            getMeetings(),
            caseService.records(caller, getId(), Evaluation.class),
            states.today());
    Downloads.send(pdf, "application/pdf", "reintegration-plan-case-" + getId() + ".pdf");
  }

  private static String extensionOf(CaseDocument document) {
    return switch (document.getContentType()) {
      case "application/pdf" -> ".pdf";
      case "image/png" -> ".png";
      case "image/jpeg" -> ".jpg";
      default -> ".docx";
    };
  }

  /**
   * A step on this case from one of the page's forms: done, the case is shown afresh with what
   * happened; refused or stale, the form comes back as typed with the reason.
   */
  String attempt(Runnable step, String done) {
    return PageSteps.attempt(
        step,
        done,
        "/case?faces-redirect=true&id=" + getId() + "&part=" + getPart().address(),
        () -> formVersion = null);
  }

  /**
   * The part of the case shown (issue 18): the one the address names, or on a post the one its form
   * was on; the summary when none is named, or one the person may not read is.
   */
  public CasePart getPart() {
    if (part == null) {
      part =
          CasePart.named(askedOrSent(partAsked, "part"))
              .filter(this::mayRead)
              .orElse(CasePart.SUMMARY);
    }
    return part;
  }

  /** What the address asked for, or on a post what the form sent back under that name. */
  private static String askedOrSent(String asked, String name) {
    return asked != null
        ? asked
        : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  /** The parts this person reads, in order: messages and letters are the history readers'. */
  public List<CasePart> getParts() {
    return Arrays.stream(CasePart.values()).filter(this::mayRead).toList();
  }

  private boolean mayRead(CasePart part) {
    return part != CasePart.MESSAGES || isHistoryReader();
  }

  /** An address naming a part that is not there, or not this person's, is told in words. */
  private void sayWhyThePartIsNotShown() {
    if (partAsked == null || partAsked.isEmpty()) {
      return;
    }
    CasePart.named(partAsked)
        .ifPresentOrElse(
            asked -> {
              if (!mayRead(asked)) {
                PageSteps.refused(
                    asked.title() + " are read by inclusion officers only: the summary is shown.");
              }
            },
            () -> PageSteps.refused("A case has no such part: the summary is shown."));
    if (shownAsked != null && !shownAsked.isEmpty() && getShown().isEmpty()) {
      PageSteps.refused("The chronology has no such kind of entry: everything is shown.");
    }
  }

  /**
   * The task of the part shown, a form on a page of its own: the one the address names, or on a
   * post the one its form was; none when the part has no task of that name.
   */
  public String getTask() {
    String asked = askedOrSent(taskAsked, "task");
    return getPart().hasTask(asked) ? asked : null;
  }

  public String getTaskAsked() {
    return taskAsked;
  }

  public void setTaskAsked(String taskAsked) {
    this.taskAsked = taskAsked;
  }

  /**
   * The kind of entry the timeline is filtered to, from the address ({@code show=note}); all if
   * none.
   */
  public Optional<Chronology.Kind> getShown() {
    return Arrays.stream(Chronology.Kind.values())
        .filter(kind -> kind.name().toLowerCase(Locale.ROOT).equals(shownAsked))
        .findFirst();
  }

  /** The kinds of entry this person's timeline holds: messages are the history readers'. */
  public List<Chronology.Kind> getChronologyKinds() {
    return Arrays.stream(Chronology.Kind.values())
        .filter(kind -> kind != Chronology.Kind.MESSAGE || isHistoryReader())
        .toList();
  }

  /** The page of a part's long list the address names, from 1; the first for anything else. */
  public int getPageNumber() {
    return pageAsked != null && pageAsked.matches("[1-9]\\d{0,5}")
        ? Integer.parseInt(pageAsked)
        : 1;
  }

  /** The page of the timeline shown, newest first, read from the database a page at a time. */
  public Chronology getChronology() {
    if (chronology == null) {
      Set<Chronology.Kind> kinds =
          getShown().map(EnumSet::of).orElseGet(() -> EnumSet.copyOf(getChronologyKinds()));
      chronology =
          caseService.chronology(
              caller, getId(), kinds, (getPageNumber() - 1) * CHRONOLOGY_PAGE, CHRONOLOGY_PAGE);
    }
    return chronology;
  }

  public long getChronologyPages() {
    return Math.max(1, (getChronology().total() + CHRONOLOGY_PAGE - 1) / CHRONOLOGY_PAGE);
  }

  /** What an entry of the timeline was, in words: "Meeting: Review meeting". */
  public String whatHappened(Chronology.Entry entry) {
    String kind = Labels.of("Chronology", entry.kind());
    if (entry.code() == null) {
      return kind;
    }
    String what =
        switch (entry.kind()) {
          case HISTORY -> Labels.of("History", entry.code());
          case NOTE -> "special category (health, SEND or safeguarding)";
          case MEETING -> Labels.of("MeetingKind", entry.code());
          case INCIDENT -> breakdownWords(BreakdownCategory.valueOf(entry.code()));
          case MESSAGE -> Labels.of("RecipientRole", entry.code());
          case DOCUMENT -> Labels.of("DocumentKind", entry.code());
        };
    return kind + ": " + what;
  }

  public String getShownAsked() {
    return shownAsked;
  }

  public void setShownAsked(String shownAsked) {
    this.shownAsked = shownAsked;
  }

  public String getPageAsked() {
    return pageAsked;
  }

  public void setPageAsked(String pageAsked) {
    this.pageAsked = pageAsked;
  }

  public String getPartAsked() {
    return partAsked;
  }

  public void setPartAsked(String partAsked) {
    this.partAsked = partAsked;
  }

  /** The deadlines the summary shows: those due soon or overdue. */
  public List<DeadlineRow> getDeadlinesToWatch() {
    return getDeadlines().stream()
        .filter(
            row -> row.state() == DeadlineState.DUE_SOON || row.state() == DeadlineState.OVERDUE)
        .toList();
  }

  /**
   * The last three things that happened on the case, newest first, for the summary: a meeting is
   * there by its being arranged and held, not by its day to come.
   */
  public List<Chronology.Entry> getLatestEvents() {
    Set<Chronology.Kind> happened = EnumSet.copyOf(getChronologyKinds());
    happened.remove(Chronology.Kind.MEETING);
    return caseService.chronology(caller, getId(), happened, 0, 3).entries();
  }

  /**
   * The one question each form asks (issue 15): may this person take the step on this case, where
   * it stood when the page was drawn? The edition the case runs under answers; the service asks
   * again when the form is sent, so this only spares a person forms that would be refused.
   */
  public boolean mayTake(String step) {
    ReintegrationCase c = getReintegration();
    CaseStatus drawn = getDrawnStatus();
    return c != null
        && drawn != null
        && edition()
            .step(Step.valueOf(step))
            .isOpenTo(caller, drawn, c.getRoute(), c::establishmentOf);
  }

  /** The edition the case runs under, read once for the page's many questions. */
  private PolicyEdition edition() {
    if (edition == null) {
      edition = editions.of(getReintegration());
    }
    return edition;
  }

  /** A serious breakdown category in the words of the case's edition (P5). */
  public String breakdownWords(BreakdownCategory category) {
    return edition().breakdownCategories().get(category);
  }

  /** Whether the person reads the case's audit history and messages. */
  public boolean isHistoryReader() {
    return caseService.readsHistory(caller);
  }

  /**
   * Where the case stood when the page was drawn: on a post, where it stood when the form was
   * filled in. The form sent is then still there to be read, and a step someone else took meanwhile
   * is told as a stale form instead of the form vanishing with what was typed (issue 5, item 10).
   * Which forms are drawn is all this decides; the services decide every step.
   */
  public CaseStatus getDrawnStatus() {
    if (drawnStatus == null && getReintegration() != null) {
      String sent =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get("drawnStatus");
      drawnStatus =
          Arrays.stream(CaseStatus.values())
              .filter(status -> status.name().equals(sent))
              .findFirst()
              .orElse(reintegrationCase.getStatus());
    }
    return drawnStatus;
  }

  /** Whether the case is still running: closed cases take no more steps or records. */
  public boolean isOpen() {
    CaseStatus status = getDrawnStatus();
    return status != null && !status.isClosed();
  }

  /** The version of the case this form was filled in on, so a later save by another is seen. */
  public long getVersion() {
    return formVersion != null ? formVersion : getReintegration().getVersion();
  }

  public void setVersion(long version) {
    this.formVersion = version;
  }

  public DocumentKind[] getDocumentKinds() {
    return DocumentKind.values();
  }

  public String getDocumentTitle() {
    return documentTitle;
  }

  public void setDocumentTitle(String documentTitle) {
    this.documentTitle = documentTitle;
  }

  public DocumentKind getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(DocumentKind documentKind) {
    this.documentKind = documentKind;
  }

  public Part getDocumentFile() {
    return documentFile;
  }

  public void setDocumentFile(Part documentFile) {
    this.documentFile = documentFile;
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

  /** The edition the case is run under, with any numbers the borough had changed (issue 15). */
  public String getPolicyEdition() {
    return inWords(edition());
  }

  private static String inWords(PolicyEdition edition) {
    return edition.overrides().isEmpty()
        ? edition.name()
        : edition.name()
            + ", with the borough's changes: "
            + String.join("; ", edition.overridesInWords());
  }

  /** Whether the case runs under an edition other than the one in force, and may be moved. */
  public boolean isMovableToEditionInForce() {
    return isOpen() && !editions.runsUnderEditionInForce(getReintegration());
  }

  /** The edition new cases are opened under, as the move form names it. */
  public String getEditionInForce() {
    return inWords(editions.forNewCases());
  }

  public Optional<NextAction> getNextAction() {
    return Optional.ofNullable(getReintegration()).flatMap(c -> edition().nextAction(c));
  }

  public List<DeadlineRow> getDeadlines() {
    if (deadlines == null) {
      deadlines =
          deadlineService.deadlines(caller, getId()).stream()
              .map(d -> new DeadlineRow(d, states.of(d)))
              .toList();
    }
    return deadlines;
  }

  public List<Meeting> getMeetings() {
    if (meetings == null) {
      meetings = caseService.records(caller, getId(), Meeting.class);
    }
    return meetings;
  }

  /** Stage 2 as planned and as it happened, week by week. */
  public List<PhasedReturnWeek> getPhasedReturn() {
    if (phasedReturn == null) {
      phasedReturn = caseService.records(caller, getId(), PhasedReturnWeek.class);
    }
    return phasedReturn;
  }

  /**
   * The Stage 4 evaluations on the page the address names, the latest week first: a term's answers
   * would make the plan a long scroll.
   */
  public List<Evaluation> getEvaluations() {
    List<Evaluation> all = allEvaluations();
    int from = Math.min(all.size(), (getPageNumber() - 1) * EVALUATIONS_PAGE);
    return all.subList(from, Math.min(all.size(), from + EVALUATIONS_PAGE));
  }

  public int getEvaluationPages() {
    return Math.max(1, (allEvaluations().size() + EVALUATIONS_PAGE - 1) / EVALUATIONS_PAGE);
  }

  private List<Evaluation> allEvaluations() {
    if (evaluations == null) {
      evaluations =
          caseService.records(caller, getId(), Evaluation.class).stream()
              .sorted(Comparator.comparingInt(Evaluation::getPlanWeek).reversed())
              .toList();
    }
    return evaluations;
  }

  public List<Incident> getIncidents() {
    return caseService.records(caller, getId(), Incident.class);
  }

  public List<RollRecord> getRollRecords() {
    return caseService.records(caller, getId(), RollRecord.class);
  }

  /** How many of the case's messages wait for an inclusion officer to release them. */
  public long getHeldMessages() {
    return getMessages().stream().filter(m -> m.getState() == MessageState.HELD).count();
  }

  /** The messages the case's events wrote, for those who follow their delivery. */
  public List<OutboxMessage> getMessages() {
    if (messages == null) {
      messages = isHistoryReader() ? correspondenceService.messages(caller, getId()) : List.of();
    }
    return messages;
  }

  /** The meetings still to be held, for the forms that move, cancel or record one. */
  public List<Meeting> getMeetingsToHold() {
    return getMeetings().stream().filter(m -> !m.isHeld() && !m.isCancelled()).toList();
  }

  public List<CaseDocument> getDocuments() {
    return caseService.records(caller, getId(), CaseDocument.class);
  }

  /** A file attached to the case: the Inclusions Gateway Referral, or another (P4). */
  public String attachDocument() {
    return attempt(
        () -> {
          try (InputStream content = documentFile.getInputStream()) {
            caseService.attachDocument(
                caller,
                getId(),
                getVersion(),
                new CaseService.NewDocument(
                    documentTitle,
                    documentKind,
                    documentFile.getSubmittedFileName(),
                    // one byte past the limit is enough for the service to see a file too large
                    content.readNBytes(documentLimit.mostBytes() + 1)));
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        },
        "Document attached.");
  }

  /** One of the case's documents, as a file to save, never shown inside the section's page. */
  public void downloadDocument() {
    PageSteps.download(
        () -> {
          CaseDocument document =
              caseService.document(
                  caller,
                  getId(),
                  PageSteps.pressed("documentId", "No such document on this case"));
          Downloads.send(
              document.getContent(),
              document.getContentType(),
              "case-" + getId() + "-document-" + document.getId() + extensionOf(document));
        });
  }

  /** A message tried again from the case (R11: the parents must hear of an ending). */
  public String retryMessage() {
    return attempt(
        () ->
            correspondenceService.retryMessage(
                caller, getId(), PageSteps.pressed("messageId", "No such message on this case")),
        "Message queued again.");
  }

  /** A message held past the day's ceiling to its recipient, let go (issue 14). */
  public String releaseMessage() {
    return attempt(
        () ->
            correspondenceService.releaseMessage(
                caller, getId(), PageSteps.pressed("messageId", "No such message on this case")),
        "Message released: it goes with the next delivery.");
  }

  /** The letter to a parent or carer without e-mail, as PDF to print and post. */
  public void downloadLetter() {
    PageSteps.download(
        () -> {
          long messageId = PageSteps.pressed("messageId", "No such message on this case");
          Downloads.send(
              LetterPdf.of(correspondenceService.letter(caller, getId(), messageId)),
              "application/pdf",
              "letter-case-" + getId() + "-message-" + messageId + ".pdf");
        });
  }

  /** Who printed the letter for posting, and when (issue 6). */
  public String recordLetterPrinted() {
    return attempt(
        () ->
            correspondenceService.recordLetterPrinted(
                caller, getId(), PageSteps.pressed("messageId", "No such message on this case")),
        "Letter recorded as printed for posting.");
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
   * The case's id: from the address on a GET, or from the form sent back (each form of the page
   * carries it as {@code <form>:caseId}), even one refused by validation before the model was
   * updated. Not a number is no case.
   */
  public Long getId() {
    if (id == null) {
      Map<String, String> sent =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      id =
          sent.entrySet().stream()
              .filter(p -> p.getKey().equals("id") || p.getKey().endsWith(":caseId"))
              .map(Map.Entry::getValue)
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
