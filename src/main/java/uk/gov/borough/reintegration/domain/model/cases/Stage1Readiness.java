package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Stage 1 of the Reintegration Plan, "Description of pupil's readiness to return to mainstream
 * education" (policy P7): the aims of the intervention, the academic, behaviour and attendance
 * targets progress is measured against (P3), and whether the pupil is on track to return.
 *
 * <p>A pupil not on track needs the reason, what is required to address the barrier and the
 * estimated weeks (R3); a re-assessment gives a new value and keeps that description on record.
 */
@Embeddable
public class Stage1Readiness implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @NotBlank(message = "Outline the aims of the intervention for this pupil")
  @Size(max = 4000, message = "Keep the aims of the intervention to 4000 characters")
  @Column(name = "stage1_aims", length = 4000)
  private String aims;

  @NotBlank(message = "Give the academic target")
  @Size(max = 1000, message = "Keep the academic target to 1000 characters")
  @Column(name = "stage1_academic_target", length = 1000)
  private String academicTarget;

  @NotBlank(message = "Give the behaviour target")
  @Size(max = 1000, message = "Keep the behaviour target to 1000 characters")
  @Column(name = "stage1_behaviour_target", length = 1000)
  private String behaviourTarget;

  @NotBlank(message = "Give the attendance target")
  @Size(max = 1000, message = "Keep the attendance target to 1000 characters")
  @Column(name = "stage1_attendance_target", length = 1000)
  private String attendanceTarget;

  @NotNull(message = "Say whether the pupil is on track to return to mainstream")
  @Column(name = "stage1_on_track")
  private Boolean onTrack;

  @Size(max = 4000, message = "Keep why the pupil is not on track to 4000 characters")
  @Column(name = "stage1_not_on_track_reason", length = 4000)
  private String notOnTrackReason;

  @Size(max = 4000, message = "Keep what is required to address the barrier to 4000 characters")
  @Column(name = "stage1_barrier_requirement", length = 4000)
  private String barrierRequirement;

  @Min(value = 1, message = "The estimated number of weeks must be at least 1")
  @Max(value = 52, message = "The estimated number of weeks must be at most 52")
  @Column(name = "stage1_estimated_weeks")
  private Integer estimatedWeeks;

  @PastOrPresent(message = "The date of the re-assessment cannot be in the future")
  @Column(name = "stage1_reassessed_on")
  private LocalDate reassessedOn;

  protected Stage1Readiness() {}

  public Stage1Readiness(
      String aims,
      String academicTarget,
      String behaviourTarget,
      String attendanceTarget,
      Boolean onTrack,
      String notOnTrackReason,
      String barrierRequirement,
      Integer estimatedWeeks) {
    this.aims = aims;
    this.academicTarget = academicTarget;
    this.behaviourTarget = behaviourTarget;
    this.attendanceTarget = attendanceTarget;
    this.onTrack = onTrack;
    this.notOnTrackReason = notOnTrackReason;
    this.barrierRequirement = barrierRequirement;
    this.estimatedWeeks = estimatedWeeks;
  }

  /** The same Stage 1, re-assessed on the given date (R3, P7). */
  public Stage1Readiness reassessed(LocalDate on, boolean nowOnTrack) {
    Stage1Readiness reassessed =
        new Stage1Readiness(
            aims,
            academicTarget,
            behaviourTarget,
            attendanceTarget,
            nowOnTrack,
            notOnTrackReason,
            barrierRequirement,
            estimatedWeeks);
    reassessed.reassessedOn = Objects.requireNonNull(on, "re-assessed on");
    return reassessed;
  }

  // R3 (P7): only a pupil on track to return moves on to Stage 2.
  public boolean isOnTrack() {
    return Boolean.TRUE.equals(onTrack);
  }

  public String getAims() {
    return aims;
  }

  public String getAcademicTarget() {
    return academicTarget;
  }

  public String getBehaviourTarget() {
    return behaviourTarget;
  }

  public String getAttendanceTarget() {
    return attendanceTarget;
  }

  /** Yes or No on the form; null only on a value built without an answer. */
  public Boolean getOnTrack() {
    return onTrack;
  }

  public String getNotOnTrackReason() {
    return notOnTrackReason;
  }

  public String getBarrierRequirement() {
    return barrierRequirement;
  }

  public Integer getEstimatedWeeks() {
    return estimatedWeeks;
  }

  public LocalDate getReassessedOn() {
    return reassessedOn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stage1Readiness that
        && Objects.equals(aims, that.aims)
        && Objects.equals(academicTarget, that.academicTarget)
        && Objects.equals(behaviourTarget, that.behaviourTarget)
        && Objects.equals(attendanceTarget, that.attendanceTarget)
        && Objects.equals(onTrack, that.onTrack)
        && Objects.equals(notOnTrackReason, that.notOnTrackReason)
        && Objects.equals(barrierRequirement, that.barrierRequirement)
        && Objects.equals(estimatedWeeks, that.estimatedWeeks)
        && Objects.equals(reassessedOn, that.reassessedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(aims, onTrack, reassessedOn);
  }
}
