package uk.gov.borough.reintegration.domain.model.meeting;

import java.time.LocalDateTime;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/** Meetings across the caller's cases (a case's own meetings are records of the case). */
public interface MeetingRepository {

  /** The meetings not cancelled that start in the period, of the caller's cases, soonest first. */
  List<Meeting> startingBetween(Caller caller, LocalDateTime from, LocalDateTime until);
}
