/** The planning, transition planning and review meetings, their attendees and checklist. */
package uk.gov.borough.reintegration.domain.model.meeting;
