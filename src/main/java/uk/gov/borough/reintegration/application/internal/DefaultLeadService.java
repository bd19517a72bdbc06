package uk.gov.borough.reintegration.application.internal;

import static uk.gov.borough.reintegration.domain.model.access.Permission.VIEW_CASES;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.application.LeadService;
import uk.gov.borough.reintegration.application.RecordConflictException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseHistoryEntry;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRepository;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.policy.Step;

@Stateless
@Interceptors({RefusalsRecorded.class, WrittenBeforeReturn.class})
public class DefaultLeadService implements LeadService {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject LeadRepository leads;

  @Inject DeadlinePlanner deadlines;

  @Inject CaseSteps steps;

  @Override
  public Map<LeadRole, Lead> leads(Caller caller, long caseId) {
    ReintegrationCase c = access.caseFor(caller, caseId, VIEW_CASES);
    Map<LeadRole, Lead> named = new EnumMap<>(LeadRole.class);
    for (LeadRole role : LeadRole.values()) {
      if (c.leadOf(role) != null) {
        named.put(role, c.leadOf(role));
      }
    }
    return named;
  }

  /** Offered to those who may name the lead only: the list gives people's work e-mails. */
  @Override
  public List<Lead> known(Caller caller, long caseId, LeadRole role) {
    ReintegrationCase c = access.caseForTakerOf(caller, caseId, Step.naming(role));
    return leads.known(role, c.establishmentOfLead(role));
  }

  @Override
  public ReintegrationCase nameLead(
      Caller caller, long caseId, long version, LeadRole role, NewLead person) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.naming(role));
    Establishment establishment = establishmentFor(c, role);
    Lead lead =
        person.personId() != null
            ? knownPerson(role, establishment, person.personId())
            : given(role, establishment, person);
    if (lead.equals(c.leadOf(role))) {
      throw new RecordConflictException(
          "personId", lead.getName() + " is already the case's " + role.inWords() + ".");
    }
    Lead before = c.leadOf(role);
    c.assignLead(lead);
    record(
        c,
        caller,
        CaseHistoryEntry.LEAD_NAMED,
        role.inWords()
            + ": "
            + lead.getName()
            + (before == null ? "" : ", in place of " + before.getName()));
    deadlines.answerFor(c);
    return c;
  }

  @Override
  public ReintegrationCase removeLead(Caller caller, long caseId, long version, LeadRole role) {
    ReintegrationCase c = steps.forStep(caller, caseId, version, Step.naming(role));
    Lead before = c.leadOf(role);
    if (before == null) {
      throw new RecordConflictException(null, "No " + role.inWords() + " is named on the case.");
    }
    c.removeLead(role);
    record(c, caller, CaseHistoryEntry.LEAD_REMOVED, role.inWords() + ": " + before.getName());
    deadlines.answerFor(c);
    return c;
  }

  /** The establishment a lead of the role works for; a school's lead needs the school named. */
  private static Establishment establishmentFor(ReintegrationCase c, LeadRole role) {
    Establishment establishment = c.establishmentOfLead(role);
    if (role == LeadRole.RECEIVING_SCHOOL_LEAD && establishment == null) {
      throw new RecordConflictException(
          null, "No receiving school is proposed or named yet: its lead is named once one is.");
    }
    return establishment;
  }

  /** A person already known: in the role, for the same establishment (or none). */
  private Lead knownPerson(LeadRole role, Establishment establishment, long personId) {
    Lead lead =
        leads
            .find(personId)
            .orElseThrow(() -> new InvalidReferenceException("personId", "No person has that id"));
    if (lead.getRole() != role || !Objects.equals(lead.getEstablishment(), establishment)) {
      throw new InvalidReferenceException(
          "personId",
          lead.getName()
              + " is known as "
              + lead.getRole().inWords()
              + (lead.getEstablishment() == null ? "" : " of " + lead.getEstablishment().getName())
              + ", not as the case's "
              + role.inWords()
              + ".");
    }
    return lead;
  }

  /** The person given by name and e-mail: known already by that e-mail, or recorded as new. */
  private Lead given(LeadRole role, Establishment establishment, NewLead person) {
    Lead lead =
        new Lead(
            role,
            person.name() == null ? null : person.name().strip(),
            person.email() == null ? null : person.email().strip(),
            establishment);
    steps.requireValid(lead);
    return leads
        .findByEmail(role, establishment, lead.getEmail())
        .orElseGet(() -> leads.store(lead));
  }

  private void record(ReintegrationCase c, Caller caller, String action, String what) {
    cases.add(new CaseHistoryEntry(c, steps.now(), caller.name(), action, null, null, what));
  }
}
