package uk.gov.borough.reintegration.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.CaseDocument;
import uk.gov.borough.reintegration.domain.model.cases.CaseNote;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.Chronology;
import uk.gov.borough.reintegration.domain.model.cases.DocumentKind;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.party.Pupil;
import uk.gov.borough.reintegration.domain.policy.Step;

/**
 * Finding and reading cases, their notes, documents and audit history, and adding notes and
 * documents, always as one caller sees them. The caller is a parameter, never injected: the
 * services are pooled and outlive a request.
 *
 * @throws CaseNotFoundException from every method taking a case id, when the caller cannot see it
 * @throws PermissionRefusedException when the caller's role does not carry what the action needs
 */
public interface CaseService {

  /** A page of the caller's cases matching the query, with how many match in all. */
  CasePage list(Caller caller, CaseQuery query, int first, int max);

  /**
   * Records in the audit trail that the caller downloaded the cases the query finds (issue 18): the
   * file's format, the filter (never the pupil's name typed, only that one was), and the rows.
   */
  void recordExport(Caller caller, CaseQuery query, String format, long rows);

  /** A case and its notes; the special-category data this shows is recorded as read. */
  CaseFile open(Caller caller, long caseId);

  /** A note on the case by the caller; a note flagged special-category is kept out of e-mails. */
  CaseNote addNote(Caller caller, long caseId, long version, String text, boolean specialCategory);

  /**
   * Refuses, before a request's body is read (issue 17), a caller who may not use the operation: on
   * a case, one who may not see it (404) or whose role carries none of the steps (403), or, with no
   * steps, whose role carries none of the permissions (403); on no case, one whose role carries
   * none of the steps in the edition for new cases, or none of the permissions (403).
   *
   * @param caseId the case the operation is on, or null
   */
  void requireAllowed(Caller caller, Long caseId, List<Step> steps, List<Permission> permissions);

  /** Everything the audit trail holds on the case, oldest first (INCLUSION_OFFICER). */
  List<AuditEntry> auditHistory(Caller caller, long caseId);

  /** Whether the person reads the audit history and the messages of the cases they see. */
  boolean readsHistory(Caller caller);

  /**
   * The portal's pupils matching what a person opening a referral typed (at least 3 characters), at
   * most 10: for those who open referrals only. Each search is recorded in the audit trail.
   */
  List<PupilChoice> pupilsMatching(Caller caller, String typed);

  /**
   * A file attached to the case, such as the Inclusions Gateway Referral (P4), by those who keep
   * the case: a PDF, a Word document or a picture no larger than {@link DocumentLimit}, known by
   * its first bytes.
   *
   * @throws InvalidReferenceException naming the file when it is empty, too large or of another
   *     kind
   */
  CaseDocument attachDocument(Caller caller, long caseId, long version, NewDocument document);

  /** One of the case's documents, with its bytes, to download. */
  CaseDocument document(Caller caller, long caseId, long documentId);

  /** A file as it is attached: what it is called and what it is, and its bytes. */
  record NewDocument(String title, DocumentKind kind, String fileName, byte[] content) {}

  /**
   * One page of a list of cases, with each case's next deadline: the earliest due day among those
   * not yet met (a case with none is absent).
   */
  record CasePage(long total, List<ReintegrationCase> cases, Map<Long, Deadline> nextDeadlines) {}

  /**
   * A case as it is opened: the record and its notes, and whether the pupil's date of birth, SEN
   * status and free-school-meals flag are shown to the caller ({@link
   * ReintegrationCase#showsPupilDetailsTo}).
   */
  record CaseFile(
      ReintegrationCase reintegrationCase, List<CaseNote> notes, boolean pupilDetailsShown) {}

  /**
   * A pupil as the lookup for a referral offers them: what tells the one meant apart, and nothing
   * more about the child (issue 13).
   */
  record PupilChoice(String upn, String givenName, String familyName, Integer yearGroup) {

    public static PupilChoice of(Pupil pupil) {
      return new PupilChoice(
          pupil.getUpn(), pupil.getGivenName(), pupil.getFamilyName(), pupil.getYearGroup());
    }
  }

  /** The records of one kind kept on a case the caller may see. */
  <T extends BelongsToCase> List<T> records(Caller caller, long caseId, Class<T> type);

  /**
   * A page of the case's timeline, newest first, of the kinds asked for; messages only for those
   * who read the case's history and messages.
   */
  Chronology chronology(Caller caller, long caseId, Set<Chronology.Kind> kinds, int first, int max);
}
