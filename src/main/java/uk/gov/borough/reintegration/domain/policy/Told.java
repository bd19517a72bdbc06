package uk.gov.borough.reintegration.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  /**
   * Whom an override file names, as {@link #inFile} writes them: "referring-school@other,
   * receiving-school@olive-academy, iyfap-mailbox".
   *
   * @throws IllegalArgumentException naming the key, and what it takes, for words it cannot take
   */
  static List<Told> fromFile(String key, String written) {
    List<Told> whom = new ArrayList<>();
    for (String one : written.split(",", -1)) {
      String[] roleAndCases = one.strip().split("@", 2);
      Optional<RecipientRole> role = slugged(RecipientRole.values(), roleAndCases[0]);
      Optional<OnCases> on =
          roleAndCases.length == 1
              ? Optional.of(OnCases.EVERY)
              : slugged(OnCases.values(), roleAndCases[1]);
      if (role.isEmpty() || on.isEmpty()) {
        throw new IllegalArgumentException(
            key
                + " must list whom to tell, separated by commas, each one of "
                + Stream.of(RecipientRole.values()).map(PolicyEdition::slug).toList()
                + ", followed by @olive-academy or @other when only on those cases; not \""
                + written
                + "\"");
      }
      // Once each: a role told on both kinds of case is told on every case, and said so
      if (whom.stream().anyMatch(told -> told.role() == role.get())) {
        throw new IllegalArgumentException(
            key + " names " + PolicyEdition.slug(role.get()) + " twice");
      }
      whom.add(new Told(role.get(), on.get()));
    }
    return List.copyOf(whom);
  }

  /** As an override file writes them. */
  static String inFile(List<Told> whom) {
    return whom.stream()
        .map(
            told ->
                PolicyEdition.slug(told.role())
                    + (told.on() == OnCases.EVERY ? "" : "@" + PolicyEdition.slug(told.on())))
        .collect(Collectors.joining(", "));
  }

  private static <E extends Enum<E>> Optional<E> slugged(E[] values, String written) {
    return Stream.of(values).filter(value -> PolicyEdition.slug(value).equals(written)).findFirst();
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
