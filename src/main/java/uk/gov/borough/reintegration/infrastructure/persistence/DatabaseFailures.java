package uk.gov.borough.reintegration.infrastructure.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.exceptions.DatabaseException;

/**
 * Tells a database that is away or too slow (503: try again later) from a value it refused (400:
 * the caller's to correct) and from every other failure, by the SQLState the database gives, which
 * PostgreSQL and H2 share (issue 13, point 6: a bad value is never called an outage).
 */
public final class DatabaseFailures {

  /** The failures the plugin answers without a stack trace, each logged as one kind. */
  public enum Kind {
    UNREACHABLE("The database cannot be reached", true),
    TIMED_OUT("A database statement ran past its timeout", true),
    NO_CONNECTION_FREE("No database connection was free in time", true),
    VALUE_REFUSED("The database refused a value sent in a request", false);

    private final String sentence;
    private final boolean outage;

    Kind(String sentence, boolean outage) {
      this.sentence = sentence;
      this.outage = outage;
    }

    /** What happened, in the words of the log and the health report. */
    public String sentence() {
      return sentence;
    }

    /** Whether the caller may simply try again later (503), rather than correct the request. */
    public boolean isOutage() {
      return outage;
    }
  }

  /** Where a refused value's message names its column, as H2's do ("column "FULL_NAME ..."). */
  private static final Pattern COLUMN = Pattern.compile("(?i)column \"?([a-z_][a-z0-9_]*)");

  private DatabaseFailures() {}

  /**
   * The kind of the failure, when it is one: by the first SQLState in the chain that says, else a
   * failure of the connection pool. Empty for everything else, a fault to report with its trace.
   */
  public static Optional<Kind> kindOf(Throwable failure) {
    boolean pool = false;
    boolean communication = false;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          Optional<Kind> kind = ofSqlState(e.getSQLState());
          if (kind.isPresent()) {
            return kind;
          }
        }
      }
      if (t instanceof DatabaseException database && database.isCommunicationFailure()) {
        communication = true;
      }
      pool |= isPool(t);
    }
    if (pool) {
      return Optional.of(exhausted(failure) ? Kind.NO_CONNECTION_FREE : Kind.UNREACHABLE);
    }
    return communication ? Optional.of(Kind.UNREACHABLE) : Optional.empty();
  }

  /**
   * 08 connection, 53 insufficient resources, 57P0x shut down or not yet started: away. 57014 a
   * statement cancelled at its timeout, 55P03 (PostgreSQL) and HYT00 (H2) a lock not granted in
   * time: too slow. 22 a data exception: the value's fault.
   */
  static Optional<Kind> ofSqlState(String state) {
    if (state == null) {
      return Optional.empty();
    }
    if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
      return Optional.of(Kind.UNREACHABLE);
    }
    if (state.equals("57014") || state.equals("55P03") || state.equals("HYT00")) {
      return Optional.of(Kind.TIMED_OUT);
    }
    if (state.startsWith("22")) {
      return Optional.of(Kind.VALUE_REFUSED);
    }
    return Optional.empty();
  }

  /** Payara's pool, which wraps what the driver said, if it said anything. */
  private static boolean isPool(Throwable t) {
    String type = t.getClass().getName();
    return type.startsWith("jakarta.resource.")
        || type.startsWith("com.sun.appserv.connectors.internal.api.");
  }

  /** Payara's words for a pool whose every connection stayed in use past the wait. */
  private static boolean exhausted(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("max-wait-time")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The request's field a refused value came from, as the API names fields: the column when the
   * database's message names it (first_day_plan becomes firstDayPlan), else the whole "request".
   */
  public static String fieldOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher column = t.getMessage() == null ? null : COLUMN.matcher(t.getMessage());
      if (column != null && column.find()) {
        return camelCase(column.group(1));
      }
    }
    return "request";
  }

  private static String camelCase(String column) {
    StringBuilder field = new StringBuilder();
    boolean upper = false;
    for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = field.length() > 0;
      } else {
        field.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return field.toString();
  }

  /**
   * The failure for the log: for a refused value its SQLState and field only, since the database's
   * message may quote the value, which may be pupil data; otherwise {@link #describe}.
   */
  public static String summarise(Kind kind, Throwable failure) {
    return kind == Kind.VALUE_REFUSED
        ? "SQLState " + sqlStateOf(failure).orElse("unknown") + " in " + fieldOf(failure)
        : describe(failure);
  }

  private static Optional<String> sqlStateOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return Optional.of(sql.getSQLState());
      }
    }
    return Optional.empty();
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
