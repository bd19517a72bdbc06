package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTimeoutListenerTest {

  @Test
  void eachNewSessionEndsAfterTheConfiguredMinutesWithoutARequest() {
    SessionTimeoutListener listener = listener(30);
    AtomicInteger seconds = new AtomicInteger();
    HttpSession session =
        (HttpSession)
            Proxy.newProxyInstance(
                HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("setMaxInactiveInterval")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  seconds.set((Integer) args[0]);
                  return null;
                });

    listener.sessionCreated(new HttpSessionEvent(session));

    assertEquals(30 * 60, seconds.get());
    assertEquals(1, listener.liveSessions.count());
    listener.sessionDestroyed(new HttpSessionEvent(session));
    assertEquals(0, listener.liveSessions.count());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 24 * 60 + 1})
  void aTimeoutThatNeverEndsOrLastsOverADayIsRefused(int minutes) {
    assertThrows(IllegalStateException.class, () -> listener(minutes));
  }

  private static SessionTimeoutListener listener(int minutes) {
    SessionTimeoutListener listener = new SessionTimeoutListener();
    listener.minutes = minutes;
    listener.liveSessions = new LiveSessions();
    listener.check();
    return listener;
  }
}
