/**
 * The policy's timescales as tracked deadlines (DESIGN.md, "Workflow and rules"): each computed
 * once on its clock and calendar, stored on the case, shown as upcoming, due soon, overdue, met or
 * extended, and never refused.
 */
package uk.gov.borough.reintegration.domain.model.deadline;
