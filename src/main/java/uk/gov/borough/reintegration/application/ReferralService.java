package uk.gov.borough.reintegration.application;

import java.time.LocalDate;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;
import uk.gov.borough.reintegration.domain.model.cases.UniformSupport;

/**
 * The referral (P4, P5, P7): opened in draft by the provider (or, for a managed move, the referring
 * school), with the parents, consent, Stage 1, uniform and AP start, then submitted to the IYFAP
 * mailbox or, for a managed move, agreed between the schools.
 *
 * <p>Every step checks the caller's scope and permission, the case's version (409 when someone
 * saved first), where the case stands (409) and the policy's hard rules (422), then records who,
 * when and why and writes the messages it must send, in one transaction; it returns the case as
 * saved.
 */
public interface ReferralService {

  /** A new referral in draft, by the provider (or the school, for a managed move). */
  ReintegrationCase openReferral(Caller caller, NewReferral referral);

  /** A parent or carer on the case (P7): consent, meetings and letters need them. */
  ReintegrationCase addParentCarer(
      Caller caller, long caseId, long version, ParentCarerDetails parentCarer);

  ReintegrationCase recordConsent(Caller caller, long caseId, long version, Consent consent);

  /** Withdrawn consent stops a permanent-exclusion case until it is given again (R1). */
  ReintegrationCase withdrawConsent(
      Caller caller, long caseId, long version, LocalDate on, String reason);

  /** Stage 1; a pupil not on track sends the case to "not ready" until re-assessed (R3). */
  ReintegrationCase recordStage1(Caller caller, long caseId, long version, Stage1Readiness stage1);

  ReintegrationCase decideUniform(
      Caller caller,
      long caseId,
      long version,
      boolean asylumSeekerOrRefugee,
      UniformSupport uniform);

  /** The AP start: plan weeks, the 4-week review and the ideal phased return (P7). */
  ReintegrationCase recordApStart(Caller caller, long caseId, long version, LocalDate apStart);

  /** To the IYFAP mailbox (R1, R3, R4); a managed move goes straight to planning (P5). */
  ReintegrationCase submitReferral(Caller caller, long caseId, long version);

  /** A managed move agreed between schools, with no hearing (P5). */
  ReintegrationCase agreeManagedMove(
      Caller caller, long caseId, long version, long receivingSchoolId);

  /** What the provider (or school) gives to open a referral. */
  record NewReferral(
      String pupilUpn,
      Route route,
      long referringSchoolId,
      long currentProvisionId,
      Long proposedReceivingSchoolId) {}

  record ParentCarerDetails(
      String name,
      String relationship,
      String email,
      String postalAddress,
      boolean parentalResponsibility) {}
}
