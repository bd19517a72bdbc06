package uk.gov.borough.reintegration.domain.model.hearing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The In Year Fair Access Panel's hearings: public dates, no pupil data of their own. */
public interface HearingRepository {

  Optional<IyfapHearing> find(long id);

  /** The hearings on or after the day, soonest first. */
  List<IyfapHearing> from(LocalDate day);

  /** The first hearing after the day: the one a success must be reported before (R13). */
  Optional<IyfapHearing> nextAfter(LocalDate day);

  IyfapHearing store(IyfapHearing hearing);

  /**
   * How many pupils the panel placed at each school (ratified decisions) at hearings from the day
   * given: fair access is about spreading them.
   */
  Map<Long, Long> placedSince(LocalDate day);
}
