package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRepository;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;

@ApplicationScoped
public class JpaLeadRepository implements LeadRepository {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public Optional<Lead> find(long id) {
    return Optional.ofNullable(entityManager.find(Lead.class, id));
  }

  @Override
  public Optional<Lead> findByEmail(LeadRole role, Establishment establishment, String email) {
    return known(role, establishment).stream()
        .filter(
            lead -> lead.getEmail().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  @Override
  public List<Lead> known(LeadRole role, Establishment establishment) {
    return (establishment == null
            ? entityManager.createQuery(
                "SELECT l FROM Lead l WHERE l.role = :role AND l.establishment IS NULL"
                    + " ORDER BY l.name",
                Lead.class)
            : entityManager
                .createQuery(
                    "SELECT l FROM Lead l WHERE l.role = :role AND l.establishment = :establishment"
                        + " ORDER BY l.name",
                    Lead.class)
                .setParameter("establishment", establishment))
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public List<Lead> unboundByEmail(String email) {
    return entityManager
        .createQuery(
            "SELECT l FROM Lead l WHERE LOWER(l.email) = :email AND l.ssoSubject IS NULL"
                + " ORDER BY l.id",
            Lead.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultList();
  }

  @Override
  public List<Long> casesNaming(Lead lead) {
    return entityManager
        .createQuery(
            "SELECT c.id FROM ReintegrationCase c WHERE c.currentProvisionLead = :lead"
                + " OR c.receivingSchoolLead = :lead OR c.inclusionsOfficer = :lead"
                + " OR c.earlyHelpWorker = :lead ORDER BY c.id",
            Long.class)
        .setParameter("lead", lead)
        .getResultList();
  }

  @Override
  public Lead store(Lead lead) {
    entityManager.persist(lead);
    return lead;
  }
}
