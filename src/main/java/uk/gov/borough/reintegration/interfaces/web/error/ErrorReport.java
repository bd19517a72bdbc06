package uk.gov.borough.reintegration.interfaces.web.error;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reference a person quotes to the IT service desk from the error page, and the log line that
 * reference finds (ASVS V7.4.1): the page shows no detail, the log has the failure. The line names
 * the request's method and path only, never its parameters, which may hold what a person typed
 * about a child.
 */
@Named
@RequestScoped
public class ErrorReport {

  private static final Logger LOG = Logger.getLogger(ErrorReport.class.getName());

  /** Letters and digits that cannot be mistaken for one another when read out on the phone. */
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ExternalContext external;

  private String id;

  @PostConstruct
  void record() {
    id = newId();
    Map<String, Object> attributes = external.getRequestMap();
    Throwable failure = (Throwable) attributes.get(RequestDispatcher.ERROR_EXCEPTION);
    String line =
        String.format(
            "Error %s: %s %s answered %s",
            id,
            ((HttpServletRequest) external.getRequest()).getMethod(),
            attributes.get(RequestDispatcher.ERROR_REQUEST_URI),
            attributes.get(RequestDispatcher.ERROR_STATUS_CODE));
    if (failure == null) {
      LOG.info(line);
    } else {
      LOG.log(Level.SEVERE, line, failure);
    }
  }

  /** Eight characters in two groups of four, such as {@code K7QM-3XPA}. */
  public String getId() {
    return id;
  }

  private static String newId() {
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        id.append('-');
      }
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
