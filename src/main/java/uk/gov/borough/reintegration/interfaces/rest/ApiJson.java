package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;

/**
 * The one JSON-B the API reads requests and writes answers with: date-times as RFC 3339 in the
 * borough's time zone ({@link Rfc3339Times}), the zone the section's clock keeps.
 */
@Provider
@ApplicationScoped
public class ApiJson implements ContextResolver<Jsonb> {

  @Inject Clock clock;

  private Jsonb jsonb;

  @PostConstruct
  void build() {
    jsonb = JsonbBuilder.create(new JsonbConfig().withAdapters(new Rfc3339Times(clock.getZone())));
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
