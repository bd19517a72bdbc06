package uk.gov.borough.reintegration.domain.model.hearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A sitting of the In Year Fair Access Panel: "Reintegration for pupil's attending Olive Academy
 * will be presented at the IYFAP for ratification" (policy P4), and the planning meeting and the
 * start are counted in school days from it.
 */
@Entity
@Table(name = "ri_iyfap_hearing")
public class IyfapHearing implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_iyfap_hearing_seq",
      sequenceName = "ri_iyfap_hearing_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_iyfap_hearing_seq")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotNull(message = "Give the date of the panel")
  @Column(name = "panel_date", nullable = false)
  private LocalDate panelDate;

  @Size(max = 4000, message = "Keep the agenda notes to 4000 characters")
  @Column(name = "agenda_notes", length = 4000)
  private String agendaNotes;

  protected IyfapHearing() {}

  public IyfapHearing(LocalDate panelDate) {
    this.panelDate = panelDate;
  }

  public void writeAgendaNotes(String agendaNotes) {
    this.agendaNotes = agendaNotes;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public LocalDate getPanelDate() {
    return panelDate;
  }

  public String getAgendaNotes() {
    return agendaNotes;
  }

  @Override
  public String toString() {
    return "IYFAP " + panelDate;
  }
}
