package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.Consent;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;

/**
 * R1 (P4): a permanently excluded pupil's referral needs the parent or carer's consent, with full
 * understanding (who, when, how), in force when it is submitted and whenever the case goes on.
 */
public final class ConsentBeforeReferral extends HardRule {

  public ConsentBeforeReferral() {
    super(Rule.R1);
  }

  public void check(ReintegrationCase reintegration) {
    if (reintegration.getRoute() != Route.PERMANENT_EXCLUSION) {
      return;
    }
    Consent consent = reintegration.getConsent();
    if (consent == null) {
      throw refusal(
          "Record the parent or carer's consent (who gave it, when and how) before the referral"
              + " of a permanently excluded pupil is submitted.");
    }
    if (!consent.isFullUnderstandingConfirmed()) {
      throw refusal(
          "Confirm that the parent or carer gave consent with full understanding of the"
              + " reintegration.");
    }
    if (consent.isWithdrawn()) {
      throw refusal(
          "Consent was withdrawn on "
              + UkDateFormat.DATE.format(consent.getWithdrawnOn())
              + ": the case stays stopped until the parent or carer gives it again.");
    }
  }
}
