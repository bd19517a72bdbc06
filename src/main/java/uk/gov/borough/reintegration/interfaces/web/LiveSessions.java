package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** How many HTTP sessions this server holds now: people signed in to the pages, nothing else. */
@ApplicationScoped
public class LiveSessions {

  private final AtomicInteger live = new AtomicInteger();

  void opened() {
    live.incrementAndGet();
  }

  void closed() {
    live.decrementAndGet();
  }

  public int count() {
    return live.get();
  }
}
