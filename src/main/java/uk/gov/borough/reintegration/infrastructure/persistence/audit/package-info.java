/**
 * How the audit trail is kept: every entity written through the persistence unit is recorded as it
 * is written, in the same transaction, and entries are only ever appended.
 */
package uk.gov.borough.reintegration.infrastructure.persistence.audit;
