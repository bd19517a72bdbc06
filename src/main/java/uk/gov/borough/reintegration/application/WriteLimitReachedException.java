package uk.gov.borough.reintegration.application;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * The caller has written as much as one person may in the time (issue 14): nothing was saved, and
 * the write may be sent again after {@link #retryAfter()}.
 */
@ApplicationException(rollback = true)
public class WriteLimitReachedException extends RuntimeException {

  private final Duration retryAfter;

  public WriteLimitReachedException(String why, Duration retryAfter) {
    super(why);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
