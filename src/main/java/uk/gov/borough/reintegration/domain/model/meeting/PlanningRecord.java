package uk.gov.borough.reintegration.domain.model.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;

/**
 * What the planning meeting settles (policy P4): the outline of the support and intervention the
 * provision put in place, the support package, the key staff member and buddy the pupil is
 * introduced to, the tour (for pupils from Olive Academy), the agreed timetable, SEND reasonable
 * adjustments and medical care handover, the pupil's anxieties (P3) and the start date, time and
 * plan for the first day.
 *
 * <p>A record of the meeting's answers filled in as the meeting goes, so it has setters; no field
 * depends on another.
 */
@Embeddable
public class PlanningRecord implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Size(max = 4000, message = "Keep the outline of support and intervention to 4000 characters")
  @Column(name = "planning_support_outline", length = 4000)
  private String supportOutline;

  @Size(max = 4000, message = "Keep the support package to 4000 characters")
  @Column(name = "planning_support_package", length = 4000)
  private String supportPackage;

  @Size(max = 200, message = "Keep the key staff member's name to 200 characters")
  @Column(name = "planning_key_staff_member", length = 200)
  private String keyStaffMember;

  @Size(max = 200, message = "Keep the buddy's name to 200 characters")
  @Column(name = "planning_buddy", length = 200)
  private String buddy;

  @Column(name = "planning_tour_given")
  private Boolean tourGiven;

  @Size(max = 4000, message = "Keep the agreed timetable to 4000 characters")
  @Column(name = "planning_agreed_timetable", length = 4000)
  private String agreedTimetable;

  @Size(max = 4000, message = "Keep the SEND reasonable adjustments to 4000 characters")
  @Column(name = "planning_send_adjustments", length = 4000)
  private String sendAdjustments;

  @Size(max = 4000, message = "Keep the medical care handover to 4000 characters")
  @Column(name = "planning_medical_handover", length = 4000)
  private String medicalHandover;

  @Size(max = 4000, message = "Keep the pupil's anxieties to 4000 characters")
  @Column(name = "planning_pupil_anxieties", length = 4000)
  private String pupilAnxieties;

  @Column(name = "planning_start_date")
  private LocalDate startDate;

  @Column(name = "planning_start_time")
  private LocalTime startTime;

  @Size(max = 4000, message = "Keep the plan for the first day to 4000 characters")
  @Column(name = "planning_first_day_plan", length = 4000)
  private String firstDayPlan;

  public PlanningRecord() {}

  /** Nothing agreed is written: a meeting that was not a planning one keeps no record. */
  public boolean isEmpty() {
    return Stream.of(
            supportOutline,
            supportPackage,
            keyStaffMember,
            buddy,
            tourGiven,
            agreedTimetable,
            sendAdjustments,
            medicalHandover,
            pupilAnxieties,
            startDate,
            startTime,
            firstDayPlan)
        .allMatch(value -> value == null || value instanceof String text && text.isBlank());
  }

  public String getSupportOutline() {
    return supportOutline;
  }

  public void setSupportOutline(String supportOutline) {
    this.supportOutline = supportOutline;
  }

  public String getSupportPackage() {
    return supportPackage;
  }

  public void setSupportPackage(String supportPackage) {
    this.supportPackage = supportPackage;
  }

  public String getKeyStaffMember() {
    return keyStaffMember;
  }

  public void setKeyStaffMember(String keyStaffMember) {
    this.keyStaffMember = keyStaffMember;
  }

  public String getBuddy() {
    return buddy;
  }

  public void setBuddy(String buddy) {
    this.buddy = buddy;
  }

  /** Whether the pupil was given a tour of the school; asked for Olive Academy pupils (P4). */
  public Boolean getTourGiven() {
    return tourGiven;
  }

  public void setTourGiven(Boolean tourGiven) {
    this.tourGiven = tourGiven;
  }

  public String getAgreedTimetable() {
    return agreedTimetable;
  }

  public void setAgreedTimetable(String agreedTimetable) {
    this.agreedTimetable = agreedTimetable;
  }

  public String getSendAdjustments() {
    return sendAdjustments;
  }

  public void setSendAdjustments(String sendAdjustments) {
    this.sendAdjustments = sendAdjustments;
  }

  public String getMedicalHandover() {
    return medicalHandover;
  }

  public void setMedicalHandover(String medicalHandover) {
    this.medicalHandover = medicalHandover;
  }

  public String getPupilAnxieties() {
    return pupilAnxieties;
  }

  public void setPupilAnxieties(String pupilAnxieties) {
    this.pupilAnxieties = pupilAnxieties;
  }

  /** The pupil's first day at the receiving school: the start (P4, R8). */
  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public String getFirstDayPlan() {
    return firstDayPlan;
  }

  public void setFirstDayPlan(String firstDayPlan) {
    this.firstDayPlan = firstDayPlan;
  }
}
