package uk.gov.borough.reintegration.application;

import java.util.List;
import java.util.Map;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;

/**
 * The case's named leads (P7, "Case Details"; issue 16): each party names its own, an inclusion
 * officer names the officer and the social worker and may change any. A lead answers for the
 * deadlines of its party, and a social worker named gains the case through the scope.
 */
public interface LeadService {

  /** The leads named on the case, by role; a role no one holds is absent. */
  Map<LeadRole, Lead> leads(Caller caller, long caseId);

  /** The people already known in the role for the case's establishment concerned: to offer. */
  List<Lead> known(Caller caller, long caseId, LeadRole role);

  /**
   * Names a person in the role: one already known (by id), or one given by name and work e-mail,
   * who is found by that e-mail or recorded as new. Returns the case as saved.
   */
  ReintegrationCase nameLead(
      Caller caller, long caseId, long version, LeadRole role, NewLead person);

  /** Removes the lead of the role. Returns the case as saved. */
  ReintegrationCase removeLead(Caller caller, long caseId, long version, LeadRole role);

  /** A person known by id, or a new one by name and work e-mail. */
  record NewLead(Long personId, String name, String email) {}
}
