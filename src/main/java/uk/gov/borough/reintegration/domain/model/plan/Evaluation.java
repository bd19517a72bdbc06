package uk.gov.borough.reintegration.domain.model.plan;

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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * An answer to one question of Stage 4, "Evaluation of the phased return" (policy P9): yes or no,
 * the comments and actions the form has a column for, and attendance and punctuality where the form
 * asks for them.
 */
@Entity
@Table(name = "ri_evaluation")
public class Evaluation implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_evaluation_seq",
      sequenceName = "ri_evaluation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_evaluation_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @Column(name = "plan_week", nullable = false)
  private int planWeek;

  @NotNull(message = "Choose the evaluation question")
  @Enumerated(EnumType.STRING)
  @Column(name = "question", nullable = false, length = 40)
  private EvaluationQuestion question;

  @Column(name = "answer")
  private Boolean answer;

  @Size(max = 4000, message = "Keep the comments to 4000 characters")
  @Column(name = "comments", length = 4000)
  private String comments;

  @Size(max = 4000, message = "Keep the actions to 4000 characters")
  @Column(name = "actions", length = 4000)
  private String actions;

  @DecimalMin(value = "0", message = "Attendance must be between 0 and 100 per cent")
  @DecimalMax(value = "100", message = "Attendance must be between 0 and 100 per cent")
  @Column(name = "attendance_percent", precision = 5, scale = 2)
  private BigDecimal attendancePercent;

  @DecimalMin(value = "0", message = "Punctuality must be between 0 and 100 per cent")
  @DecimalMax(value = "100", message = "Punctuality must be between 0 and 100 per cent")
  @Column(name = "punctuality_percent", precision = 5, scale = 2)
  private BigDecimal punctualityPercent;

  @NotBlank(message = "Say who recorded the evaluation")
  @Size(max = 200, message = "Keep the name of who recorded the evaluation to 200 characters")
  @Column(name = "recorded_by", nullable = false, length = 200)
  private String recordedBy;

  @NotNull(message = "Give the time the evaluation was recorded")
  @PastOrPresent(message = "The time the evaluation was recorded cannot be in the future")
  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected Evaluation() {}

  public Evaluation(
      ReintegrationCase reintegrationCase,
      EvaluationQuestion question,
      Boolean answer,
      String comments,
      String actions,
      BigDecimal attendancePercent,
      BigDecimal punctualityPercent,
      String recordedBy,
      LocalDateTime recordedAt) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.question = Objects.requireNonNull(question, "question");
    this.planWeek = question.planWeek();
    this.answer = answer;
    this.comments = comments;
    this.actions = actions;
    this.attendancePercent = attendancePercent;
    this.punctualityPercent = punctualityPercent;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  // P9: attendance and punctuality belong only to the questions the form asks them with.
  @AssertTrue(message = "This question does not ask for attendance and punctuality")
  public boolean isAttendanceOnlyWhereAsked() {
    return question == null
        || question.asksAttendanceAndPunctuality()
        || (attendancePercent == null && punctualityPercent == null);
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  /** The plan week of the question, kept beside it so evaluations sort and group by week. */
  public int getPlanWeek() {
    return planWeek;
  }

  public EvaluationQuestion getQuestion() {
    return question;
  }

  /** Yes or no; null when the form's question was left unanswered. */
  public Boolean getAnswer() {
    return answer;
  }

  public String getComments() {
    return comments;
  }

  public String getActions() {
    return actions;
  }

  public BigDecimal getAttendancePercent() {
    return attendancePercent;
  }

  public BigDecimal getPunctualityPercent() {
    return punctualityPercent;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
