package uk.gov.borough.reintegration.application.internal;

import static uk.gov.borough.reintegration.domain.model.access.Permission.VIEW_CASES;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.DocumentLimit;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.access.SpecialCategoryField;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.CaseDocument;
import uk.gov.borough.reintegration.domain.model.cases.CaseNote;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.Chronology;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineRepository;
import uk.gov.borough.reintegration.domain.model.incident.Incident;
import uk.gov.borough.reintegration.domain.model.meeting.ChecklistRow;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.TransitionChecklistItem;
import uk.gov.borough.reintegration.domain.model.party.PupilRepository;
import uk.gov.borough.reintegration.domain.policy.Step;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultCaseService implements CaseService {

  /** Enough to find the pupil meant; a lookup is not a way to list the portal's pupils. */
  private static final int MOST_PUPILS_OFFERED = 10;

  /** Enough of a name or UPN to mean someone: two letters would page through every pupil. */
  private static final int LEAST_TYPED = 3;

  /** Longer than any name or UPN the portal holds: such a search matches nobody, and is not run. */
  private static final int MOST_TYPED = 100;

  /** How the audit trail names a search of the portal's pupils. */
  private static final String PUPIL = "Pupil";

  @Inject CaseRepository cases;

  @Inject DocumentLimit documentLimit;

  @Inject PupilRepository pupils;

  @Inject DeadlineRepository deadlines;

  @Inject CaseAccess access;

  @Inject AuditTrail auditTrail;

  @Override
  public void requireAllowed(
      Caller caller, Long caseId, List<Step> steps, List<Permission> permissions) {
    Permission[] anyOf =
        permissions.isEmpty()
            ? new Permission[] {Permission.VIEW_CASES}
            : permissions.toArray(Permission[]::new);
    if (caseId == null && steps.isEmpty()) {
      access.require(caller, null, anyOf);
    } else if (caseId == null) {
      access.requireRoleForAny(caller, steps);
    } else if (steps.isEmpty()) {
      access.caseFor(caller, caseId, anyOf);
    } else {
      access.requireRoleOnCase(caller, caseId, steps);
    }
  }

  @Override
  public CasePage list(Caller caller, CaseQuery query, int first, int max) {
    access.require(caller, null, Permission.VIEW_CASES);
    List<ReintegrationCase> page = cases.list(caller, query, first, max);
    return new CasePage(cases.count(caller, query), page, deadlines.nextDueOf(page));
  }

  @Override
  public void recordExport(Caller caller, CaseQuery query, String format, long rows) {
    access.require(caller, null, Permission.VIEW_CASES);
    JsonObjectBuilder filter = Json.createObjectBuilder();
    query.status().ifPresent(status -> filter.add("status", status.name()));
    query.route().ifPresent(route -> filter.add("route", route.name()));
    query.establishmentId().ifPresent(id -> filter.add("establishmentId", id));
    query.deadlineDueBy().ifPresent(day -> filter.add("deadlineDueBy", day.toString()));
    filter.add("pupilSearched", query.pupil().isPresent());
    auditTrail.append(
        AuditEntry.by(
            caller,
            AuditKind.EXPORTED,
            CaseAccess.CASE,
            null,
            null,
            Json.createObjectBuilder()
                .add("format", format)
                .add("filter", filter)
                .add("rows", rows)
                .build()
                .toString()));
  }

  @Override
  public List<PupilChoice> pupilsMatching(Caller caller, String typed) {
    access.require(caller, null, Permission.EDIT_REFERRAL_AND_PLAN, Permission.RECORD_SCHOOL_STEPS);
    String text = typed == null ? "" : typed.strip();
    if (text.length() < LEAST_TYPED || text.length() > MOST_TYPED) {
      return List.of();
    }
    List<PupilChoice> offered =
        pupils.matching(text, MOST_PUPILS_OFFERED).stream().map(PupilChoice::of).toList();
    recordSearch(caller, text, offered);
    return offered;
  }

  @Override
  public CaseFile open(Caller caller, long caseId) {
    ReintegrationCase reintegration = access.caseFor(caller, caseId, Permission.VIEW_CASES);
    List<CaseNote> notes = cases.recordsOf(reintegration, CaseNote.class);
    boolean pupilDetailsShown = reintegration.showsPupilDetailsTo(caller);
    recordSpecialCategoryRead(caller, reintegration, notes, pupilDetailsShown);
    return new CaseFile(reintegration, notes, pupilDetailsShown);
  }

  @Override
  public CaseNote addNote(
      Caller caller, long caseId, long version, String text, boolean specialCategory) {
    ReintegrationCase reintegration = access.caseForStep(caller, caseId, version, Step.ADD_NOTE);
    return cases.add(
        new CaseNote(reintegration, caller.name(), LocalDateTime.now(), text, specialCategory));
  }

  @Override
  public CaseDocument attachDocument(
      Caller caller, long caseId, long version, NewDocument document) {
    ReintegrationCase reintegration =
        access.caseForStep(caller, caseId, version, Step.ADD_DOCUMENT);
    byte[] content = document.content() == null ? new byte[0] : document.content();
    if (content.length == 0) {
      throw new InvalidReferenceException("file", "Choose the file to attach");
    }
    if (documentLimit.refuses(content.length)) {
      throw new InvalidReferenceException(
          "file",
          "The file is larger than " + documentLimit.getMegabytes() + " MB: attach a smaller copy");
    }
    String contentType = DocumentFiles.contentTypeOf(document.fileName(), content);
    return cases.add(
        new CaseDocument(
            reintegration,
            document.title(),
            document.kind(),
            contentType,
            content,
            caller.name(),
            LocalDateTime.now()));
  }

  @Override
  public CaseDocument document(Caller caller, long caseId, long documentId) {
    ReintegrationCase reintegration = access.caseFor(caller, caseId, Permission.VIEW_CASES);
    CaseDocument document =
        cases.recordsOf(reintegration, CaseDocument.class).stream()
            .filter(d -> d.getId() == documentId)
            .findFirst()
            .orElseThrow(
                () -> new InvalidReferenceException("documentId", "No such document on this case"));
    recordRead(caller, reintegration, List.of(SpecialCategoryField.CASE_DOCUMENT));
    return document;
  }

  @Override
  public Chronology chronology(
      Caller caller, long caseId, Set<Chronology.Kind> kinds, int first, int max) {
    ReintegrationCase reintegration = access.caseFor(caller, caseId, VIEW_CASES);
    Set<Chronology.Kind> readable = EnumSet.noneOf(Chronology.Kind.class);
    readable.addAll(kinds);
    if (!readsHistory(caller)) {
      readable.remove(Chronology.Kind.MESSAGE);
    }
    return cases.chronologyOf(reintegration, readable, first, max);
  }

  @Override
  public boolean readsHistory(Caller caller) {
    return caller.may(Permission.READ_AUDIT);
  }

  @Override
  public List<AuditEntry> auditHistory(Caller caller, long caseId) {
    access.caseFor(caller, caseId, Permission.READ_AUDIT);
    return auditTrail.ofCase(caseId);
  }

  /**
   * Opening a case shows its special-category data: who saw which is recorded (issue 3). The case
   * page shows the notes, the incidents and the Stage 3 handovers with the case.
   */
  private void recordSpecialCategoryRead(
      Caller caller,
      ReintegrationCase reintegration,
      List<CaseNote> notes,
      boolean pupilDetailsShown) {
    List<SpecialCategoryField> shown = new ArrayList<>();
    if (pupilDetailsShown
        && reintegration.getPupil() != null
        && reintegration.getPupil().getSenStatus() != null) {
      shown.add(SpecialCategoryField.PUPIL_SEN_STATUS);
    }
    if (notes.stream().anyMatch(CaseNote::isSpecialCategory)) {
      shown.add(SpecialCategoryField.SPECIAL_CATEGORY_NOTE);
    }
    if (!cases.recordsOf(reintegration, Incident.class).isEmpty()) {
      shown.add(SpecialCategoryField.INCIDENT_DESCRIPTION);
    }
    List<TransitionChecklistItem> handovers =
        cases.recordsOf(reintegration, Meeting.class).stream()
            .flatMap(meeting -> meeting.getChecklist().stream())
            .map(ChecklistRow::getItem)
            .toList();
    if (handovers.contains(TransitionChecklistItem.SEND_HANDOVER)) {
      shown.add(SpecialCategoryField.TRANSITION_SEND_HANDOVER);
    }
    if (handovers.contains(TransitionChecklistItem.MEDICAL_HANDOVER)) {
      shown.add(SpecialCategoryField.TRANSITION_MEDICAL_HANDOVER);
    }
    recordRead(caller, reintegration, shown);
  }

  /**
   * Who searched the portal's pupils for what, and whom they were offered (issue 13): the lookup
   * reaches every pupil of the borough, so its use is answerable.
   */
  private void recordSearch(Caller caller, String typed, List<PupilChoice> offered) {
    JsonArrayBuilder upns = Json.createArrayBuilder();
    offered.forEach(pupil -> upns.add(pupil.upn()));
    auditTrail.append(
        AuditEntry.by(
            caller,
            AuditKind.SEARCHED,
            PUPIL,
            null,
            null,
            Json.createObjectBuilder()
                .add("typed", typed)
                .add("offered", upns)
                .build()
                .toString()));
  }

  private void recordRead(
      Caller caller, ReintegrationCase reintegration, List<SpecialCategoryField> shown) {
    if (shown.isEmpty()) {
      return;
    }
    JsonArrayBuilder fields = Json.createArrayBuilder();
    shown.forEach(field -> fields.add(field.field() + " (" + field.category() + ")"));
    auditTrail.append(
        AuditEntry.by(
            caller,
            AuditKind.READ_SPECIAL_CATEGORY,
            CaseAccess.CASE,
            reintegration.getId(),
            reintegration.getId(),
            Json.createObjectBuilder().add("fields", fields).build().toString()));
  }

  @Override
  public <T extends BelongsToCase> List<T> records(Caller caller, long caseId, Class<T> type) {
    return cases.recordsOf(access.caseFor(caller, caseId, VIEW_CASES), type);
  }
}
