/**
 * The reintegration case aggregate: route, status, parties, consent, readiness, roll and outcome.
 */
package uk.gov.borough.reintegration.domain.model.cases;
