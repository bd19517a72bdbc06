/**
 * The borough's policy as one value, a {@link
 * uk.gov.borough.reintegration.domain.policy.PolicyEdition}: its steps, where each belongs and
 * whose it is; what a case waits for next, and from whom; its hard rules, one class each; its
 * breakdown categories; and its deadlines with their counts and clocks, the numbers a borough may
 * override without a rebuild. Each case keeps the edition it was opened under. What the law
 * requires on a given day is not part of an edition.
 */
package uk.gov.borough.reintegration.domain.policy;
