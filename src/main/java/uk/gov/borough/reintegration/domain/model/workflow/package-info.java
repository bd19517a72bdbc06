/**
 * The policy as a workflow: the rules R1-R15 (DESIGN.md, "Workflow and rules"), the checks of the
 * hard ones as plain Java, and which step may follow which. The services call these before they
 * change a case, so a page and an API caller meet the same refusals.
 */
package uk.gov.borough.reintegration.domain.model.workflow;
