package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A note written on the case by anyone working with the pupil, social workers included. A note that
 * holds special-category data (SEND, health) is flagged, so it is shown only to those who need it
 * and kept out of staff e-mails.
 */
@Entity
@Table(name = "ri_case_note")
public class CaseNote implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_case_note_seq",
      sequenceName = "ri_case_note_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_case_note_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @NotBlank(message = "Say who wrote the note")
  @Size(max = 200, message = "Keep the name of the note's author to 200 characters")
  @Column(name = "author", nullable = false, length = 200)
  private String author;

  @NotNull(message = "Give the time the note was written")
  @PastOrPresent(message = "The time the note was written cannot be in the future")
  @Column(name = "written_at", nullable = false)
  private LocalDateTime writtenAt;

  @NotBlank(message = "Write the note")
  @Size(max = 4000, message = "Keep the note to 4000 characters")
  @Column(name = "text", nullable = false, length = 4000)
  private String text;

  @Column(name = "special_category", nullable = false)
  private boolean specialCategory;

  protected CaseNote() {}

  public CaseNote(
      ReintegrationCase reintegrationCase,
      String author,
      LocalDateTime writtenAt,
      String text,
      boolean specialCategory) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.author = author;
    this.writtenAt = writtenAt;
    this.text = text;
    this.specialCategory = specialCategory;
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public String getAuthor() {
    return author;
  }

  public LocalDateTime getWrittenAt() {
    return writtenAt;
  }

  public String getText() {
    return text;
  }

  /** Holds special-category data (SEND, health), which needs an Article 9 condition. */
  public boolean isSpecialCategory() {
    return specialCategory;
  }
}
