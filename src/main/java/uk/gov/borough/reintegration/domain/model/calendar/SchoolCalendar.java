package uk.gov.borough.reintegration.domain.model.calendar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * The dates a school's days are counted on: the policy counts the planning meeting and the start in
 * school days after the IYFAP hearing (P4), and the phased return in term-time plan weeks (P7).
 *
 * <p>A calendar with no establishment is the local authority's, used by community and voluntary
 * controlled schools; academies set their own. Every calendar says where its dates come from, and a
 * calendar invented for the demo is flagged as an example so it is never taken for real dates.
 */
@Entity
@Table(name = "ri_school_calendar")
public class SchoolCalendar implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_school_calendar_seq",
      sequenceName = "ri_school_calendar_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_school_calendar_seq")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotBlank(message = "Give the calendar's name")
  @Size(max = 200, message = "Keep the calendar's name to 200 characters")
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @NotBlank(message = "Say where the calendar's dates come from")
  @Size(max = 1000, message = "Keep where the dates come from to 1000 characters")
  @Column(name = "source", nullable = false, length = 1000)
  private String source;

  @Column(name = "example", nullable = false)
  private boolean example;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "establishment_id")
  private Establishment establishment;

  /** The calendar this one takes its bank holidays from, such as England and Wales's. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "bank_holidays_calendar_id")
  private SchoolCalendar bankHolidays;

  /** SHA-256 of the calendar file its dates were last imported from; null if never imported. */
  @Column(name = "imported_checksum", length = 64)
  private String importedChecksum;

  @Valid
  @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("firstDay")
  private List<CalendarPeriod> periods = new ArrayList<>();

  protected SchoolCalendar() {}

  /**
   * @param establishment the school that sets these dates; null for the local authority's calendar
   * @param example true for invented dates, which are always shown as an example
   */
  public SchoolCalendar(String name, String source, boolean example, Establishment establishment) {
    this.name = name;
    this.source = source;
    this.example = example;
    this.establishment = establishment;
  }

  /** Adds a period to the calendar and gives it. */
  public CalendarPeriod addPeriod(
      PeriodKind kind, String label, LocalDate firstDay, LocalDate lastDay) {
    CalendarPeriod period = new CalendarPeriod(this, kind, label, firstDay, lastDay);
    periods.add(period);
    return period;
  }

  /** Names the calendar anew, with where its dates come from and whether they are invented. */
  public void describe(String name, String source, boolean example) {
    this.name = name;
    this.source = source;
    this.example = example;
  }

  /** Replaces every period with these: a calendar is corrected whole, as its source gives it. */
  public void replacePeriods(List<PeriodDates> replacements) {
    periods.clear();
    replacements.forEach(
        period -> addPeriod(period.kind(), period.label(), period.firstDay(), period.lastDay()));
  }

  /**
   * Records the checksum of the file the calendar now comes from: while the file stays the same it
   * is not imported again, so changes made since through the API stay.
   */
  public void importedFrom(String checksum) {
    this.importedChecksum = checksum;
  }

  /** Counts the bank holidays of the other calendar as days without school here too. */
  public void takeBankHolidaysFrom(SchoolCalendar bankHolidays) {
    this.bankHolidays = bankHolidays;
  }

  public void removePeriod(CalendarPeriod period) {
    periods.remove(period);
  }

  /** The local authority's calendar, rather than one school's own. */
  public boolean isLocalAuthorityCalendar() {
    return establishment == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  /** Where the dates come from, such as the page of the borough's published term dates. */
  public String getSource() {
    return source;
  }

  /** Invented dates for the demo, labelled as an example wherever they are shown. */
  public boolean isExample() {
    return example;
  }

  public Establishment getEstablishment() {
    return establishment;
  }

  /** The calendar whose bank holidays count here too; null when this one lists its own. */
  public SchoolCalendar getBankHolidays() {
    return bankHolidays;
  }

  /** SHA-256 of the file last imported into this calendar, in hex; null if never imported. */
  public String getImportedChecksum() {
    return importedChecksum;
  }

  public List<CalendarPeriod> getPeriods() {
    return Collections.unmodifiableList(periods);
  }
}
