/**
 * The borough's policy as one value, a {@link
 * uk.gov.borough.reintegration.domain.policy.PolicyEdition}: its deadlines with their counts and
 * clocks, and the numbers a borough may override without a rebuild. Each case keeps the edition it
 * was opened under. What the law requires on a given day is not part of an edition.
 */
package uk.gov.borough.reintegration.domain.policy;
