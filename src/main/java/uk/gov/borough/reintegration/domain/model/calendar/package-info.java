/** School-day calendars: term dates, holidays, bank holidays, INSET and closure days. */
package uk.gov.borough.reintegration.domain.model.calendar;
