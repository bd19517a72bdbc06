package uk.gov.borough.reintegration.domain.policy;

import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;

/**
 * Whom an edition tells of an event: a party of the case, a shared mailbox by its role (its address
 * is configuration's), the parents and carers, the meeting's attendees or the deadline's
 * responsible lead; on every case, or only on, or only off, an Olive Academy case (DESIGN.md,
 * "Notifications").
 */
public record Told(RecipientRole role, OnCases on) {

  /** The cases on which they are told. */
  public enum OnCases {
    EVERY,
    /** Olive Academy is the provider, and a receiving school is proposed or named (P7). */
    OLIVE_ACADEMY,
    /** Every case but an Olive Academy one. */
    OTHER
  }

  public static Told always(RecipientRole role) {
    return new Told(role, OnCases.EVERY);
  }

  /** Whether they are told on a case that is, or is not, an Olive Academy case. */
  public boolean isToldOn(boolean oliveAcademyCase) {
    return switch (on) {
      case EVERY -> true;
      case OLIVE_ACADEMY -> oliveAcademyCase;
      case OTHER -> !oliveAcademyCase;
    };
  }
}
