package uk.gov.borough.reintegration.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a name that keeps failing to sign in is held, and for how long. */
class SignInFailuresTest {

  private static final Instant LATEST = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void fourFailuresHoldNothing() {
    assertEquals(Optional.empty(), SignInFailures.heldUntil(failures(4)));
  }

  @Test
  void theFifthHoldsTheNameFifteenSecondsAndEachFurtherOneDoublesIt() {
    assertEquals(Optional.of(LATEST.plusSeconds(15)), SignInFailures.heldUntil(failures(5)));
    assertEquals(Optional.of(LATEST.plusSeconds(30)), SignInFailures.heldUntil(failures(6)));
    assertEquals(Optional.of(LATEST.plusSeconds(60)), SignInFailures.heldUntil(failures(7)));
  }

  @Test
  void theHoldNeverPassesTheCountingWindow() {
    assertEquals(
        Optional.of(LATEST.plus(Duration.ofMinutes(15))), SignInFailures.heldUntil(failures(200)));
  }

  @Test
  void aNameIsStoredWithoutControlCharactersAndNoLongerThanItsColumn() {
    assertEquals("demo?ap", SignInFailures.stored("demo\u0000ap"));
    assertEquals(255, SignInFailures.stored("x".repeat(100_000)).length());
  }

  /** This many failures a second apart, the latest first. */
  private static List<Instant> failures(int count) {
    List<Instant> failures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      failures.add(LATEST.minusSeconds(i));
    }
    return failures;
  }
}
