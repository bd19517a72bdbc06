package uk.gov.borough.reintegration.domain.model.party;

import java.util.List;
import java.util.Optional;

/** The people named as leads of cases, each in one role, for one establishment or none (P7). */
public interface LeadRepository {

  Optional<Lead> find(long id);

  /** The person already known in the role, for the establishment (or none), by e-mail. */
  Optional<Lead> findByEmail(LeadRole role, Establishment establishment, String email);

  /** The people known in the role for the establishment (or none), by name: those to offer. */
  List<Lead> known(LeadRole role, Establishment establishment);

  Lead store(Lead lead);

  /** The people named by this e-mail whom no sign-in identity is bound to yet. */
  List<Lead> unboundByEmail(String email);

  /** The cases that name the person in any lead role. */
  List<Long> casesNaming(Lead lead);
}
