/**
 * Who may see and do what: the caller of a request, the roles of DESIGN.md's "Who uses it" with the
 * permissions they carry, and the list of special-category data whose every read is recorded.
 */
package uk.gov.borough.reintegration.domain.model.access;
