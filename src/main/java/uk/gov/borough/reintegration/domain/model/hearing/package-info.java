/** In Year Fair Access Panel hearings and the decisions they make on reintegration cases. */
package uk.gov.borough.reintegration.domain.model.hearing;
