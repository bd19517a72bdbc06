/** Incidents during a placement and the policy's categories of serious breakdown. */
package uk.gov.borough.reintegration.domain.model.incident;
