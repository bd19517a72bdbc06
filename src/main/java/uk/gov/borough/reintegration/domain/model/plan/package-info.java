/** The phased return of Stage 2 and the evaluation of Stage 4 of the Reintegration Plan. */
package uk.gov.borough.reintegration.domain.model.plan;
