package uk.gov.borough.reintegration.interfaces.rest.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import uk.gov.borough.reintegration.application.CaseService.CaseFile;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.cases.CaseNote;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.Outcome;
import uk.gov.borough.reintegration.domain.model.cases.ReadinessEvidence;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.ParentCarer;
import uk.gov.borough.reintegration.domain.model.party.Pupil;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.interfaces.rest.establishment.EstablishmentsResource.EstablishmentView;

/** Cases as the API shows them. A summary in a list carries no special-category data. */
public final class CaseViews {

  /**
   * The portal's pupil records are the MIS's: a pupil removed there leaves the case without one,
   * which the case still shows rather than failing.
   */
  static final String PUPIL_NOT_FOUND = "(pupil record not found in the portal)";

  private CaseViews() {}

  /** A line of a list of cases. */
  public record CaseSummary(
      long id,
      String pupil,
      Integer yearGroup,
      Route route,
      CaseStatus status,
      String referringSchool,
      String currentProvision,
      String receivingSchool,
      boolean receivingSchoolDecided,
      LocalDate nextDeadline) {

    /**
     * @param nextDeadline the earliest due day of the case's deadlines not yet met; null for none
     */
    static CaseSummary of(ReintegrationCase c, LocalDate nextDeadline) {
      Establishment receiving = receivingOrProposed(c);
      Pupil pupil = c.getPupil();
      return new CaseSummary(
          c.getId(),
          pupil == null ? PUPIL_NOT_FOUND : pupil.getGivenName() + " " + pupil.getFamilyName(),
          pupil == null ? null : pupil.getYearGroup(),
          c.getRoute(),
          c.getStatus(),
          c.getReferringSchool().getName(),
          c.getCurrentProvision().getName(),
          receiving == null ? null : receiving.getName(),
          c.getReceivingSchool() != null,
          nextDeadline);
    }
  }

  /** A page of a list, with how many cases match in all. */
  public record CaseList(long total, int first, int max, List<CaseSummary> cases) {}

  /**
   * A case opened: the Reintegration Plan's case details (P7), consent, Stage 1, the uniform
   * decision, the hearing it is listed at, readiness, the start, the outcome, its parents and
   * carers and its notes.
   */
  public record CaseDetail(
      long id,
      long version,
      Route route,
      CaseStatus status,
      PolicyEditionView policyEdition,
      PupilView pupil,
      EstablishmentView referringSchool,
      EstablishmentView currentProvision,
      EstablishmentView proposedReceivingSchool,
      EstablishmentView receivingSchool,
      LeadView currentProvisionLead,
      LeadView receivingSchoolLead,
      LeadView inclusionsOfficer,
      LeadView earlyHelpWorker,
      LocalDate apStartDate,
      LocalDate fourWeekReviewDate,
      BigDecimal attendancePercent,
      BigDecimal punctualityPercent,
      boolean asylumSeekerOrRefugee,
      Consent consent,
      Stage1Readiness stage1,
      UniformSupport uniformSupport,
      LocalDate referralSubmittedOn,
      Long listedHearingId,
      LocalDate listedHearingDate,
      ReadinessEvidence readiness,
      LocalDate placementStartDate,
      Outcome outcome,
      List<ParentCarerView> parentCarers,
      List<NoteView> notes) {

    static CaseDetail of(CaseFile file, PolicyEdition edition) {
      ReintegrationCase c = file.reintegrationCase();
      return new CaseDetail(
          c.getId(),
          c.getVersion(),
          c.getRoute(),
          c.getStatus(),
          new PolicyEditionView(edition.name(), edition.overrides()),
          PupilView.of(c.getPupil(), file.pupilDetailsShown()),
          establishment(c.getReferringSchool()),
          establishment(c.getCurrentProvision()),
          establishment(c.getProposedReceivingSchool()),
          establishment(c.getReceivingSchool()),
          LeadView.of(c.getCurrentProvisionLead()),
          LeadView.of(c.getReceivingSchoolLead()),
          LeadView.of(c.getInclusionsOfficer()),
          LeadView.of(c.getEarlyHelpWorker()),
          c.getApStartDate(),
          c.getFourWeekReviewDate(),
          c.getAttendancePercent(),
          c.getPunctualityPercent(),
          c.isAsylumSeekerOrRefugee(),
          c.getConsent(),
          c.getStage1(),
          c.getUniformSupport(),
          c.getReferralSubmittedOn(),
          c.getListedHearing() == null ? null : c.getListedHearing().getId(),
          c.getListedHearing() == null ? null : c.getListedHearing().getPanelDate(),
          c.getReadinessEvidence(),
          c.getPlacementStartDate(),
          c.getOutcome(),
          c.getParentCarers().stream().map(ParentCarerView::of).toList(),
          file.notes().stream().map(NoteView::of).toList());
    }
  }

  /**
   * The policy edition a case is run under, and the numbers the borough had overridden when the
   * case was opened (issue 15).
   */
  public record PolicyEditionView(String name, Map<String, String> overrides) {}

  /**
   * The pupil on a case. The date of birth, free-school-meals flag and SEN status are left out
   * unless the case shows them to the caller (issue 13, {@code
   * ReintegrationCase.showsPupilDetailsTo}).
   */
  public record PupilView(
      String upn,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      Integer yearGroup,
      Boolean freeSchoolMeals,
      String senStatus) {

    static PupilView of(Pupil pupil, boolean detailsShown) {
      if (pupil == null) {
        return null;
      }
      return new PupilView(
          pupil.getUpn(),
          pupil.getGivenName(),
          pupil.getFamilyName(),
          detailsShown ? pupil.getDateOfBirth() : null,
          pupil.getYearGroup(),
          detailsShown ? pupil.isFreeSchoolMeals() : null,
          detailsShown ? pupil.getSenStatus() : null);
    }
  }

  public record LeadView(String name, String email) {

    static LeadView of(Lead lead) {
      return lead == null ? null : new LeadView(lead.getName(), lead.getEmail());
    }
  }

  public record ParentCarerView(
      long id,
      String name,
      String relationship,
      String email,
      String postalAddress,
      boolean parentalResponsibility) {

    static ParentCarerView of(ParentCarer parent) {
      return new ParentCarerView(
          parent.getId(),
          parent.getName(),
          parent.getRelationship(),
          parent.getEmail(),
          parent.getPostalAddress(),
          parent.hasParentalResponsibility());
    }
  }

  public record NoteView(
      long id, String author, LocalDateTime writtenAt, String text, boolean specialCategory) {

    static NoteView of(CaseNote note) {
      return new NoteView(
          note.getId(),
          note.getAuthor(),
          note.getWrittenAt(),
          note.getText(),
          note.isSpecialCategory());
    }
  }

  /** One line of a case's audit history; the detail is the JSON the trail recorded. */
  public record AuditView(
      long id,
      OffsetDateTime occurredAt,
      String actorSubject,
      String actorName,
      AuditKind kind,
      String entity,
      Long entityId,
      String detail) {

    static AuditView of(AuditEntry entry) {
      return new AuditView(
          entry.getId(),
          entry.getOccurredAt(),
          entry.getActorSubject(),
          entry.getActorName(),
          entry.getKind(),
          entry.getEntity(),
          entry.getEntityId(),
          entry.getDetail());
    }
  }

  private static EstablishmentView establishment(Establishment establishment) {
    return establishment == null ? null : EstablishmentView.of(establishment);
  }

  /** The school decided on, or until then the one proposed (P4). */
  private static Establishment receivingOrProposed(ReintegrationCase c) {
    return c.getReceivingSchool() != null ? c.getReceivingSchool() : c.getProposedReceivingSchool();
  }
}
