package uk.gov.borough.reintegration.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The retry schedule from configuration: a wait after each failed try, then dead. */
class MessageDeliveryTest {

  @Test
  @DisplayName("Issue 6: each failed try waits as configured; after the last the message is dead")
  void retrySchedule() {
    MessageDelivery delivery = new MessageDelivery();
    delivery.retrySeconds = "60, 300,1800";
    LocalDateTime now = LocalDateTime.of(2026, 11, 28, 9, 0);

    assertEquals(now.plusMinutes(1), delivery.nextTry(1, now));
    assertEquals(now.plusMinutes(5), delivery.nextTry(2, now));
    assertEquals(now.plusMinutes(30), delivery.nextTry(3, now));
    assertNull(delivery.nextTry(4, now), "dead after the last try");
  }
}
