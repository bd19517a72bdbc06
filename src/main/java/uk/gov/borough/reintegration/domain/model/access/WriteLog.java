package uk.gov.borough.reintegration.domain.model.access;

import java.time.Instant;
import java.util.Optional;

/** The writes each person made lately, as the limits on them count (issue 14). */
public interface WriteLog {

  enum Kind {
    /** Any write: a step, a note, a meeting, a document. */
    WRITE,
    /** A new referral (a draft case). */
    REFERRAL,
    /** A write refused past a limit: its audit entry is written once a minute. */
    REFUSED
  }

  void add(String subject, Kind kind, Instant at);

  long countSince(String subject, Kind kind, Instant since);

  Optional<Instant> oldestSince(String subject, Kind kind, Instant since);
}
