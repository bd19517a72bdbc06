package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * A pupil matching what a person typed: part of the given name, the family name or the UPN, in any
 * case. The same reading for the cases list's filter and the referral's pupil lookup; what was
 * typed is matched as text, its % and _ included.
 */
final class PupilMatch {

  private static final char ESCAPE = '\\';

  private PupilMatch() {}

  static Predicate of(CriteriaBuilder cb, Path<?> pupil, String typed) {
    String pattern =
        "%"
            + typed
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    return cb.or(
        cb.like(cb.lower(pupil.get("givenName")), pattern, ESCAPE),
        cb.like(cb.lower(pupil.get("familyName")), pattern, ESCAPE),
        cb.like(cb.lower(pupil.get("upn")), pattern, ESCAPE));
  }
}
