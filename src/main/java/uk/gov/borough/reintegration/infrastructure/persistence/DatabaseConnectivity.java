package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** A round trip to the database through JPA, the way every request reaches it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseConnectivity {

  private static final int TIMEOUT_MILLIS = 5_000;

  @PersistenceContext private EntityManager entityManager;

  /** Empty when the database answers; otherwise why it does not. */
  public Optional<String> problem() {
    try {
      entityManager
          .createNativeQuery("SELECT 1")
          .setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS)
          .getSingleResult();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("The database does not answer: " + DatabaseFailures.describe(e));
    }
  }
}
