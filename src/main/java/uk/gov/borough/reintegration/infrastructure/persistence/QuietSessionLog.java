package uk.gov.borough.reintegration.infrastructure.persistence;

import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log without the database failures the plugin answers and logs itself, once a minute
 * per kind ({@link DatabaseFailureLog}). EclipseLink logs each failure it hands on as a warning
 * with its whole stack trace, whatever {@code eclipselink.logging.exceptions} says: a minute
 * without the database under load wrote 166 MB of them (issue 13, point 6).
 */
public class QuietSessionLog extends JavaLog {

  @Override
  public void log(SessionLogEntry entry) {
    if (entry.hasException() && DatabaseFailures.kindOf(entry.getException()).isPresent()) {
      return;
    }
    super.log(entry);
  }
}
