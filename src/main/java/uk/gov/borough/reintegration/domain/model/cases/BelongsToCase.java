package uk.gov.borough.reintegration.domain.model.cases;

/** A record kept on a case: the audit trail files each change to it under the case. */
public interface BelongsToCase {

  ReintegrationCase getReintegrationCase();
}
