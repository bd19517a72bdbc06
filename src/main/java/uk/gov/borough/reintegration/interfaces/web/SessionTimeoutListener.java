package uk.gov.borough.reintegration.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts the sessions ({@link LiveSessions}) and ends each after {@code
 * reintegration.web.session-timeout-minutes} without a request (30 by default, as ASVS V3.3.2 asks
 * at level 2). Zero or less would mean never to the servlet container, so such a setting fails the
 * deployment instead.
 */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

  static final int LONGEST_MINUTES = 24 * 60;

  @Inject
  @ConfigProperty(name = "reintegration.web.session-timeout-minutes", defaultValue = "30")
  int minutes;

  @Inject LiveSessions liveSessions;

  @PostConstruct
  void check() {
    if (minutes < 1 || minutes > LONGEST_MINUTES) {
      throw new IllegalStateException(
          "reintegration.web.session-timeout-minutes must be from 1 to "
              + LONGEST_MINUTES
              + "; it is "
              + minutes);
    }
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval((int) Duration.ofMinutes(minutes).toSeconds());
    liveSessions.opened();
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    liveSessions.closed();
  }
}
