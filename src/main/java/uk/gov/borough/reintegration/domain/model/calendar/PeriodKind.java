package uk.gov.borough.reintegration.domain.model.calendar;

/** What a calendar period is: term time, or a day or days without school sessions. */
public enum PeriodKind {
  /** A term: the school holds sessions on its weekdays unless another period says otherwise. */
  TERM,
  HALF_TERM,
  HOLIDAY,
  /** A bank holiday in England and Wales. */
  BANK_HOLIDAY,
  /** A training day: the school is open to staff only. */
  INSET_DAY,
  /** Any other day the school is closed to pupils. */
  CLOSURE
}
