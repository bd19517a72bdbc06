package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.hearing.HearingDecision;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage.Recipient;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.model.party.ParentCarer;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.workflow.Rule;
import uk.gov.borough.reintegration.domain.model.workflow.RuleViolation;

/**
 * Writes the messages each event must send to the outbox, in the caller's transaction (DESIGN.md,
 * "Notifications"). Staff messages carry a link to the case and the pupil's initials, never
 * special-category data; a parent's message is self-contained and plain, with no link, and goes by
 * post when there is no e-mail address. Delivery is the outbox's business (issue 6).
 */
@ApplicationScoped
public class Notifications {

  private static final DateTimeFormatter MEETING_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h.mma", Locale.UK);

  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  @Inject CaseRepository cases;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "reintegration.mailbox.iyfap", defaultValue = "iyfap@example.org")
  String iyfapMailbox;

  @Inject
  @ConfigProperty(
      name = "reintegration.mailbox.attendance-and-behaviour",
      defaultValue = "attendance-and-behaviour@example.org")
  String attendanceAndBehaviourMailbox;

  @Inject
  @ConfigProperty(
      name = "reintegration.web.base-url",
      defaultValue = "http://localhost:8080/reintegration")
  String baseUrl;

  /** Referral submitted: the IYFAP mailbox (P4); a managed move tells the A&B Service (P5). */
  void referralSubmitted(ReintegrationCase c) {
    if (c.getRoute() == Route.MANAGED_MOVE) {
      toStaff(
          PolicyEvent.MANAGED_MOVE_OPENED,
          "1",
          c,
          List.of(attendanceAndBehaviour()),
          "Managed move opened",
          "A managed move from " + c.getReferringSchool().getName() + " has been opened.");
      return;
    }
    toStaff(
        PolicyEvent.REFERRAL_SUBMITTED,
        "1",
        c,
        List.of(iyfap()),
        "Reintegration referral submitted",
        c.getCurrentProvision().getName()
            + " has submitted a reintegration referral for the panel, with Stage 1 of the plan.");
  }

  /**
   * Stage 1 completed: back to the referring school; Olive Academy returns it to the receiving
   * school (P7, week 3).
   */
  void stage1Completed(ReintegrationCase c, LocalDate on) {
    Establishment to =
        c.getCurrentProvision().getKind() == EstablishmentKind.AP_ACADEMY
                && receivingOrProposed(c) != null
            ? receivingOrProposed(c)
            : c.getReferringSchool();
    toStaff(
        PolicyEvent.STAGE_1_COMPLETED,
        on.toString(),
        c,
        List.of(
            school(
                to,
                to == c.getReferringSchool()
                    ? RecipientRole.REFERRING_SCHOOL
                    : RecipientRole.RECEIVING_SCHOOL)),
        "Stage 1 of the Reintegration Plan completed",
        c.getCurrentProvision().getName() + " has completed Stage 1 of the Reintegration Plan.");
  }

  /** A hearing's decision: the provider and the referring and receiving schools (P4). */
  void hearingDecided(ReintegrationCase c, HearingDecision decision) {
    List<Recipient> recipients = new ArrayList<>();
    recipients.add(school(c.getCurrentProvision(), RecipientRole.PROVIDER));
    recipients.add(school(c.getReferringSchool(), RecipientRole.REFERRING_SCHOOL));
    Establishment receiving =
        decision.getReceivingSchool() != null
            ? decision.getReceivingSchool()
            : receivingOrProposed(c);
    if (receiving != null) {
      recipients.add(school(receiving, RecipientRole.RECEIVING_SCHOOL));
    }
    toStaff(
        PolicyEvent.HEARING_DECISION,
        String.valueOf(decision.getHearing().getId()),
        c,
        recipients,
        "IYFAP decision: " + decision.getOutcome().name().toLowerCase(Locale.ROOT),
        "The In Year Fair Access Panel of "
            + UK_DATE.format(decision.getHearing().getPanelDate())
            + " has "
            + decision.getOutcome().name().toLowerCase(Locale.ROOT)
            + " the reintegration"
            + (decision.getReceivingSchool() != null
                ? " to " + decision.getReceivingSchool().getName()
                : "")
            + ".");
  }

  /**
   * A placement ended: the referring school, every parent or carer, and the IYFAP mailbox (P5,
   * R11); for a managed move also the A&B Service. A parent who cannot be reached refuses the step,
   * since the policy requires that they are told.
   */
  void placementEnded(ReintegrationCase c, LocalDate on) {
    String occurrence = on.toString();
    List<Recipient> staff = new ArrayList<>();
    staff.add(school(c.getReferringSchool(), RecipientRole.REFERRING_SCHOOL));
    staff.add(iyfap());
    if (c.getRoute() == Route.MANAGED_MOVE) {
      staff.add(attendanceAndBehaviour());
    }
    toStaff(
        c.getRoute() == Route.MANAGED_MOVE
            ? PolicyEvent.MANAGED_MOVE_BROKEN_DOWN
            : PolicyEvent.PLACEMENT_ENDED,
        occurrence,
        c,
        staff,
        "Placement ended",
        "The placement at " + receivingName(c) + " ended on " + UK_DATE.format(on) + ".");
    if (c.getParentCarers().isEmpty()) {
      throw new RuleViolation(
          Rule.R11, "Record the pupil's parent or carer first: the policy requires they are told.");
    }
    for (ParentCarer parent : c.getParentCarers()) {
      if (!parent.isReachable()) {
        throw new RuleViolation(
            Rule.R11,
            "Record an e-mail or postal address for "
                + parent.getName()
                + ": the policy requires they are told of the decision.");
      }
      write(
          PolicyEvent.PLACEMENT_ENDED,
          occurrence,
          c,
          new Recipient(
              RecipientRole.PARENT_CARER,
              parent.getName(),
              parent.getEmail(),
              parent.getPostalAddress()),
          "parent/placement-ended",
          "Your child's school placement",
          "Dear "
              + parent.getName()
              + ",\n\nWe are writing to tell you that "
              + firstName(c)
              + "'s placement at "
              + receivingName(c)
              + " ended on "
              + UK_DATE.format(on)
              + ". "
              + c.getCurrentProvision().getName()
              + " will contact you about what happens next. You can write to them at "
              + c.getCurrentProvision().getMailbox()
              + ".\n\n"
              + c.getCurrentProvision().getName());
    }
  }

  /** Success agreed: Admissions & Inclusion before the next panel (P4, R13); A&B for a move. */
  void successAgreed(ReintegrationCase c) {
    List<Recipient> recipients = new ArrayList<>(List.of(iyfap()));
    if (c.getRoute() == Route.MANAGED_MOVE) {
      recipients.add(attendanceAndBehaviour());
    }
    toStaff(
        c.getRoute() == Route.MANAGED_MOVE
            ? PolicyEvent.MANAGED_MOVE_CONCLUDED
            : PolicyEvent.SUCCESS_AGREED,
        "1",
        c,
        recipients,
        "Reintegration successful: please acknowledge",
        "The receiving school and the provider have both signed off the reintegration to "
            + receivingName(c)
            + " as successful. An inclusion officer's acknowledgement opens the roll (R12).");
  }

  /**
   * A meeting scheduled, moved or cancelled: the schools and the provider of the case (the calendar
   * invitation comes with delivery, issue 6).
   */
  void meeting(ReintegrationCase c, Meeting meeting, PolicyEvent event) {
    List<Recipient> recipients = new ArrayList<>();
    recipients.add(school(c.getCurrentProvision(), RecipientRole.MEETING_ATTENDEE));
    recipients.add(school(c.getReferringSchool(), RecipientRole.MEETING_ATTENDEE));
    Establishment receiving = receivingOrProposed(c);
    if (receiving != null) {
      recipients.add(school(receiving, RecipientRole.MEETING_ATTENDEE));
    }
    String what =
        switch (event) {
          case MEETING_CANCELLED -> "has been cancelled";
          case MEETING_MOVED -> "has moved to";
          default -> "is arranged for";
        };
    toStaff(
        event,
        meeting.getId() + "@" + meeting.getScheduledStart(),
        c,
        recipients,
        meetingName(meeting) + (event == PolicyEvent.MEETING_CANCELLED ? " cancelled" : ""),
        "The "
            + meetingName(meeting).toLowerCase(Locale.UK)
            + " "
            + what
            + (event == PolicyEvent.MEETING_CANCELLED
                ? "."
                : " "
                    + MEETING_TIME.format(meeting.getScheduledStart())
                    + " at "
                    + meeting.getLocation()
                    + "."));
  }

  /** An evaluation on an Olive Academy case: Olive Academy is kept informed (P5). */
  void evaluationRecorded(ReintegrationCase c, Evaluation evaluation) {
    if (c.getCurrentProvision().getKind() != EstablishmentKind.AP_ACADEMY
        && c.getReferringSchool().getKind() != EstablishmentKind.AP_ACADEMY) {
      return;
    }
    Establishment olive =
        c.getCurrentProvision().getKind() == EstablishmentKind.AP_ACADEMY
            ? c.getCurrentProvision()
            : c.getReferringSchool();
    toStaff(
        PolicyEvent.EVALUATION_RECORDED,
        String.valueOf(evaluation.getId()),
        c,
        List.of(school(olive, RecipientRole.OLIVE_ACADEMY)),
        "Plan week " + evaluation.getPlanWeek() + " evaluation recorded",
        "The Stage 4 evaluation for plan week " + evaluation.getPlanWeek() + " has been recorded.");
  }

  /**
   * A deadline due soon or overdue: its responsible lead, or the provider's mailbox when no lead is
   * named; once per deadline, state and date (an extension brings a new reminder).
   */
  void deadline(Deadline deadline, DeadlineState state) {
    ReintegrationCase c = deadline.getReintegrationCase();
    Recipient to =
        deadline.getResponsibleLead() != null
            ? new Recipient(
                RecipientRole.RESPONSIBLE_LEAD,
                deadline.getResponsibleLead().getName(),
                deadline.getResponsibleLead().getEmail(),
                null)
            : school(c.getCurrentProvision(), RecipientRole.RESPONSIBLE_LEAD);
    String title = deadline.getKind().title();
    String rule =
        deadline.getKind().rule() == null
            ? ""
            : " ("
                + deadline.getKind().rule()
                + ", policy "
                + deadline.getKind().rule().page()
                + ")";
    toStaff(
        state == DeadlineState.OVERDUE
            ? PolicyEvent.DEADLINE_OVERDUE
            : PolicyEvent.DEADLINE_DUE_SOON,
        deadline.getId() + "@" + deadline.effectiveDueOn(),
        c,
        List.of(to),
        title + (state == DeadlineState.OVERDUE ? " overdue" : " due soon"),
        title
            + rule
            + (state == DeadlineState.OVERDUE ? " was due on " : " is due on ")
            + UK_DATE.format(deadline.effectiveDueOn())
            + ". Record it on the case, or extend it with a reason.");
  }

  private static String meetingName(Meeting meeting) {
    return switch (meeting.getKind()) {
      case PLANNING -> "Planning meeting";
      case TRANSITION_PLANNING -> "Transition planning meeting";
      case REVIEW -> "Review meeting";
    };
  }

  private void toStaff(
      PolicyEvent event,
      String occurrence,
      ReintegrationCase c,
      List<Recipient> recipients,
      String subject,
      String what) {
    // One copy to a mailbox that stands for two parties (Olive Academy as provider and school of
    // roll).
    Set<String> sentTo = new HashSet<>();
    for (Recipient recipient : recipients) {
      if (!sentTo.add(recipient.email())) {
        continue;
      }
      write(
          event,
          occurrence,
          c,
          recipient,
          "staff/" + event.name().toLowerCase(Locale.ROOT),
          subject + " (case " + c.getId() + ", " + initials(c) + ")",
          what
              + "\n\nOpen the case: "
              + baseUrl
              + "/cases/"
              + c.getId()
              + "\n\nThis message holds no details of the pupil: sign in to read them.");
    }
  }

  /** One message, unless the same event already wrote it for this recipient. */
  private void write(
      PolicyEvent event,
      String occurrence,
      ReintegrationCase c,
      Recipient recipient,
      String template,
      String subject,
      String body) {
    OutboxMessage message =
        new OutboxMessage(
            event, occurrence, c, recipient, template, subject, body, LocalDateTime.now(clock));
    boolean written =
        cases.recordsOf(c, OutboxMessage.class).stream()
            .anyMatch(m -> m.getIdempotencyKey().equals(message.getIdempotencyKey()));
    if (!written) {
      cases.add(message);
    }
  }

  private Recipient iyfap() {
    return new Recipient(RecipientRole.IYFAP_MAILBOX, "IYFAP mailbox", iyfapMailbox, null);
  }

  private Recipient attendanceAndBehaviour() {
    return new Recipient(
        RecipientRole.ATTENDANCE_AND_BEHAVIOUR_SERVICE,
        "Attendance & Behaviour Service",
        attendanceAndBehaviourMailbox,
        null);
  }

  private static Recipient school(Establishment establishment, RecipientRole role) {
    return new Recipient(role, establishment.getName(), establishment.getMailbox(), null);
  }

  private static Establishment receivingOrProposed(ReintegrationCase c) {
    return c.getReceivingSchool() != null ? c.getReceivingSchool() : c.getProposedReceivingSchool();
  }

  private static String receivingName(ReintegrationCase c) {
    Establishment receiving = receivingOrProposed(c);
    return receiving == null ? "the receiving school" : receiving.getName();
  }

  private static String firstName(ReintegrationCase c) {
    return c.getPupil() == null ? "your child" : c.getPupil().getGivenName();
  }

  private static String initials(ReintegrationCase c) {
    return c.getPupil() == null
        ? "pupil record not found"
        : c.getPupil().getGivenName().charAt(0)
            + "."
            + c.getPupil().getFamilyName().charAt(0)
            + ".";
  }
}
