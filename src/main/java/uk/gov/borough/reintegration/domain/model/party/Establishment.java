package uk.gov.borough.reintegration.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import uk.gov.borough.reintegration.domain.model.calendar.SchoolCalendar;

/**
 * A school or provision taking part in a reintegration: the referring school that holds the pupil's
 * roll, the alternative provision the pupil attends, or the receiving school (policy P4).
 *
 * <p>An academy sets its own term dates, so its school days come from its own calendar rather than
 * the local authority's; an establishment with no calendar yet has no school days anybody may
 * guess.
 */
@Entity
@Table(name = "ri_establishment")
public class Establishment implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_establishment_seq",
      sequenceName = "ri_establishment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_establishment_seq")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotNull(message = "Choose the kind of establishment")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private EstablishmentKind kind;

  @NotBlank(message = "Give the establishment's name")
  @Size(max = 200, message = "Keep the establishment's name to 200 characters")
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Pattern(regexp = "\\d{6,7}", message = "Give the establishment's DfE URN as 6 or 7 digits")
  @Column(name = "urn", length = 7)
  private String urn;

  @NotBlank(message = "Give the establishment's mailbox")
  @Email(message = "Give the establishment's mailbox as an e-mail address")
  @Size(max = 254, message = "Keep the establishment's mailbox to 254 characters")
  @Column(name = "mailbox", nullable = false, length = 254)
  private String mailbox;

  @Column(name = "academy", nullable = false)
  private boolean academy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "calendar_id")
  private SchoolCalendar calendar;

  protected Establishment() {}

  public Establishment(
      EstablishmentKind kind, String name, String urn, String mailbox, boolean academy) {
    this.kind = kind;
    this.name = name;
    this.urn = urn;
    this.mailbox = mailbox;
    this.academy = academy;
  }

  /** Gives the establishment the calendar its school days are counted on. */
  public void useCalendar(SchoolCalendar calendar) {
    this.calendar = calendar;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public EstablishmentKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getUrn() {
    return urn;
  }

  public String getMailbox() {
    return mailbox;
  }

  /** An academy sets its own term dates (DESIGN "Domain": school-day calendar). */
  public boolean isAcademy() {
    return academy;
  }

  /** The calendar its school days are counted on; null until one is chosen. */
  public SchoolCalendar getCalendar() {
    return calendar;
  }

  @Override
  public String toString() {
    return name;
  }
}
