/**
 * The audit trail: an append-only record of every change to a case, every read of special-category
 * data and every refused access (issue 3), which an inclusion officer can read case by case.
 */
package uk.gov.borough.reintegration.domain.model.audit;
