package uk.gov.borough.reintegration.domain.model.calendar;

import java.time.LocalDate;

/**
 * A period as it is given, before it belongs to a calendar: a row of a calendar file, or a period
 * of a calendar sent to the API. A calendar's periods are replaced whole by a list of these.
 *
 * @param lastDay the last day, inclusive
 */
public record PeriodDates(PeriodKind kind, String label, LocalDate firstDay, LocalDate lastDay) {}
