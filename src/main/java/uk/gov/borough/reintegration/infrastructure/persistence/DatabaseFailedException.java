package uk.gov.borough.reintegration.infrastructure.persistence;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBException;

/**
 * A failure of the database ({@link DatabaseFailures.Kind}) on its way out of an EJB. An
 * application exception, so the EJB container passes it on without logging its stack trace for each
 * request, as it does for a system exception; the transaction still rolls back. An {@link
 * EJBException}, so whoever catches the container's exceptions catches it too.
 */
@ApplicationException(rollback = true)
public class DatabaseFailedException extends EJBException {

  public DatabaseFailedException(RuntimeException failure) {
    super(DatabaseFailures.describe(failure), failure);
  }
}
