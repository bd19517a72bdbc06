package uk.gov.borough.reintegration.infrastructure.persistence;

import java.sql.SQLException;
import org.eclipse.persistence.exceptions.DatabaseException;

/**
 * Tells a database that went away from every other failure, so that the person or API caller is
 * told to try again later (503) rather than shown an error of their own making.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  public static boolean isDatabaseFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException
          || t instanceof DatabaseException
          || t.getClass().getName().startsWith("jakarta.resource.")) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message: for a connection failure it says which host refused and why. */
  public static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
