/** The policy's nouns as JPA entities: cases, parties, plans, meetings, hearings, calendars. */
package uk.gov.borough.reintegration.domain.model;
