package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.SignedIn;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRepository;

/**
 * Binds a person named as a lead by e-mail to their sign-in identity the first time they sign in
 * with that e-mail verified (issue 16): from then on the scope shows them the cases they are named
 * on. A school's lead is bound only to someone of that school, so an address shared across
 * employers never opens another school's cases. Each binding is in the audit trail of every case
 * that names the person.
 */
@Stateless
public class SignInBinding {

  @Inject LeadRepository leads;

  @Inject AuditTrail auditTrail;

  public void bind(@Observes SignedIn signedIn) {
    if (signedIn.verifiedEmail() == null) {
      return;
    }
    for (Lead lead : leads.unboundByEmail(signedIn.verifiedEmail())) {
      if (lead.getEstablishment() != null
          && !signedIn.caller().belongsTo(lead.getEstablishment().getUrn())) {
        continue;
      }
      lead.linkSsoSubject(signedIn.caller().subject());
      String detail =
          lead.getName()
              + ", named as "
              + lead.getRole().inWords()
              + " by e-mail, signed in as "
              + signedIn.caller().subject()
              + " with that e-mail verified";
      List<Long> named = leads.casesNaming(lead);
      if (named.isEmpty()) {
        auditTrail.append(entry(signedIn, lead, null, detail));
      }
      named.forEach(caseId -> auditTrail.append(entry(signedIn, lead, caseId, detail)));
    }
  }

  private static AuditEntry entry(SignedIn signedIn, Lead lead, Long caseId, String detail) {
    return AuditEntry.by(
        signedIn.caller(), AuditKind.SIGN_IN_BOUND, "Lead", lead.getId(), caseId, detail);
  }
}
