package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the provider must have done before a pupil ready to return starts: "demonstrate to the
 * receiving school pupil progression from their base line assessment" and "have had a discussion
 * with the pupil and their parent" (policy P4, R2).
 */
@Embeddable
public class ReadinessEvidence implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @PastOrPresent(message = "The date progress was shown cannot be in the future")
  @Column(name = "readiness_progress_shown_on")
  private LocalDate progressShownOn;

  @Size(max = 4000, message = "Keep the notes on progress shown to 4000 characters")
  @Column(name = "readiness_progress_notes", length = 4000)
  private String progressNotes;

  @PastOrPresent(message = "The date of the discussion cannot be in the future")
  @Column(name = "readiness_discussed_on")
  private LocalDate returnDiscussedOn;

  @Size(max = 4000, message = "Keep the notes on the discussion to 4000 characters")
  @Column(name = "readiness_discussion_notes", length = 4000)
  private String discussionNotes;

  protected ReadinessEvidence() {}

  /** Evidence with nothing recorded yet. */
  public static ReadinessEvidence none() {
    return new ReadinessEvidence();
  }

  /** The same evidence, with the progress shown to the receiving school. */
  public ReadinessEvidence withProgressShown(LocalDate on, String notes) {
    ReadinessEvidence evidence = copy();
    evidence.progressShownOn = Objects.requireNonNull(on, "progress shown on");
    evidence.progressNotes = notes;
    return evidence;
  }

  /** The same evidence, with the return discussed with the pupil and their parent. */
  public ReadinessEvidence withReturnDiscussed(LocalDate on, String notes) {
    ReadinessEvidence evidence = copy();
    evidence.returnDiscussedOn = Objects.requireNonNull(on, "return discussed on");
    evidence.discussionNotes = notes;
    return evidence;
  }

  private ReadinessEvidence copy() {
    ReadinessEvidence copy = new ReadinessEvidence();
    copy.progressShownOn = progressShownOn;
    copy.progressNotes = progressNotes;
    copy.returnDiscussedOn = returnDiscussedOn;
    copy.discussionNotes = discussionNotes;
    return copy;
  }

  // R2 (P4): both the progress shown and the discussion with pupil and parent are on record.
  public boolean isComplete() {
    return progressShownOn != null && returnDiscussedOn != null;
  }

  public LocalDate getProgressShownOn() {
    return progressShownOn;
  }

  public String getProgressNotes() {
    return progressNotes;
  }

  public LocalDate getReturnDiscussedOn() {
    return returnDiscussedOn;
  }

  public String getDiscussionNotes() {
    return discussionNotes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadinessEvidence that
        && Objects.equals(progressShownOn, that.progressShownOn)
        && Objects.equals(progressNotes, that.progressNotes)
        && Objects.equals(returnDiscussedOn, that.returnDiscussedOn)
        && Objects.equals(discussionNotes, that.discussionNotes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(progressShownOn, returnDiscussedOn);
  }
}
