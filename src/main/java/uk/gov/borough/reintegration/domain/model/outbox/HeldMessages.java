package uk.gov.borough.reintegration.domain.model.outbox;

import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/** A case whose messages past the day's ceiling wait for an inclusion officer to release them. */
public record HeldMessages(ReintegrationCase reintegrationCase, long count) {}
