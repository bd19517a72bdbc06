package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.application.Mailboxes;
import uk.gov.borough.reintegration.application.Settings;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
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
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.policy.Party;
import uk.gov.borough.reintegration.domain.policy.Told;
import uk.gov.borough.reintegration.infrastructure.mail.CalendarInvites;
import uk.gov.borough.reintegration.infrastructure.mail.MessageTemplates;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * Writes the messages each event must send to the outbox, in the caller's transaction (DESIGN.md,
 * "Notifications"). Staff messages carry a link to the case and the pupil's initials, never
 * special-category data; a parent's message is self-contained and plain, with no link, and goes by
 * post when there is no e-mail address. The words come from the message templates, which a borough
 * may replace; delivery is the outbox's business.
 */
@ApplicationScoped
public class Notifications {

  static final String MOST_A_DAY_KEY = "reintegration.mail.most-per-recipient-per-case-a-day";

  @Inject CaseRepository cases;

  @Inject MessageTemplates templates;

  @Inject CalendarInvites invites;

  @Inject Clock clock;

  @Inject Mailboxes mailboxes;

  @Inject PolicyEditions editions;

  @Inject
  @ConfigProperty(name = MOST_A_DAY_KEY, defaultValue = "10")
  int mostADay;

  /** The section's address for people (issue 14): from configuration, never a request's Host. */
  @Inject
  @ConfigProperty(name = "reintegration.public-url")
  Optional<String> publicUrl;

  /** A ceiling of none would hold every message: refused when the application starts. */
  void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Settings.atLeastOne(MOST_A_DAY_KEY, mostADay);
  }

  /** Referral submitted: the IYFAP mailbox (P4); a managed move tells the A&B Service (P5). */
  void referralSubmitted(ReintegrationCase c) {
    if (c.getRoute() == Route.MANAGED_MOVE) {
      toStaff(
          PolicyEvent.MANAGED_MOVE_OPENED,
          "1",
          c,
          told(c, PolicyEvent.MANAGED_MOVE_OPENED, About.CASE),
          Map.of("referringSchool", c.getReferringSchool().getName()));
      return;
    }
    toStaff(
        PolicyEvent.REFERRAL_SUBMITTED,
        "1",
        c,
        told(c, PolicyEvent.REFERRAL_SUBMITTED, About.CASE),
        Map.of("provider", c.getCurrentProvision().getName()));
  }

  /** Stage 1 completed: whom the edition sends it back to (P7, week 3). */
  void stage1Completed(ReintegrationCase c, LocalDate on) {
    toStaff(
        PolicyEvent.STAGE_1_COMPLETED,
        on.toString(),
        c,
        told(c, PolicyEvent.STAGE_1_COMPLETED, About.CASE),
        Map.of("provider", c.getCurrentProvision().getName()));
  }

  /** A hearing's decision: the provider and the referring and receiving schools (P4). */
  void hearingDecided(ReintegrationCase c, HearingDecision decision) {
    Establishment receiving =
        decision.getReceivingSchool() != null
            ? decision.getReceivingSchool()
            : c.establishmentOf(Party.RECEIVING_SCHOOL);
    toStaff(
        PolicyEvent.HEARING_DECISION,
        String.valueOf(decision.getHearing().getId()),
        c,
        told(c, PolicyEvent.HEARING_DECISION, new About(receiving, null)),
        Map.of(
            "panelDate",
            UkDateFormat.DATE.format(decision.getHearing().getPanelDate()),
            "outcome",
            decision.getOutcome().name().toLowerCase(Locale.ROOT),
            "receivingSchool",
            decision.getReceivingSchool() != null
                ? decision.getReceivingSchool().getName()
                : "none named"));
  }

  /**
   * A placement ended: the referring school, every parent or carer, and the IYFAP mailbox (P5,
   * R11); for a managed move also the A&B Service. Each parent can be reached: the ending step
   * checked it first ({@code EndingToldToParties}).
   */
  void placementEnded(ReintegrationCase c, LocalDate on) {
    String occurrence = on.toString();
    PolicyEvent event =
        c.getRoute() == Route.MANAGED_MOVE
            ? PolicyEvent.MANAGED_MOVE_BROKEN_DOWN
            : PolicyEvent.PLACEMENT_ENDED;
    List<Recipient> told = told(c, event, About.CASE);
    Map<String, String> ended =
        Map.of("receivingSchool", receivingName(c), "endedOn", UkDateFormat.DATE.format(on));
    toStaff(
        event,
        occurrence,
        c,
        told.stream().filter(recipient -> recipient.role().isStaff()).toList(),
        ended);
    for (Recipient parent : told.stream().filter(r -> !r.role().isStaff()).toList()) {
      Map<String, String> values = new HashMap<>(ended);
      values.put("parentName", parent.name());
      values.put("childName", c.getPupil() == null ? "your child" : c.getPupil().getGivenName());
      values.put("provider", c.getCurrentProvision().getName());
      values.put("providerMailbox", c.getCurrentProvision().getMailbox());
      String template = "parent/placement_ended";
      write(
          PolicyEvent.PLACEMENT_ENDED,
          occurrence,
          c,
          parent,
          template,
          templates.render(template, values));
    }
  }

  /** Success agreed: Admissions & Inclusion before the next panel (P4, R13); A&B for a move. */
  void successAgreed(ReintegrationCase c) {
    PolicyEvent event =
        c.getRoute() == Route.MANAGED_MOVE
            ? PolicyEvent.MANAGED_MOVE_CONCLUDED
            : PolicyEvent.SUCCESS_AGREED;
    toStaff(event, "1", c, told(c, event, About.CASE), Map.of("receivingSchool", receivingName(c)));
  }

  /**
   * A meeting scheduled, moved or cancelled: its attendees, each with the meeting's calendar
   * invitation (or its cancellation).
   */
  void meeting(ReintegrationCase c, Meeting meeting, PolicyEvent event) {
    List<OutboxMessage> written =
        toStaff(
            event,
            meeting.getId() + "@" + meeting.getScheduledStart(),
            c,
            told(c, event, About.CASE),
            Map.of(
                "meeting",
                meetingName(meeting),
                "when",
                UkDateFormat.DATE_AND_TIME.format(meeting.getScheduledStart()),
                "location",
                meeting.getLocation()));
    for (OutboxMessage message : written) {
      message.attachCalendarInvite(
          invites.invite(
              meeting,
              meetingName(meeting) + " (case " + c.getId() + ", " + initials(c) + ")",
              caseLink(c),
              message.getRecipientEmail()));
    }
  }

  /** An evaluation: Olive Academy, on a case it is part of, is kept informed (P5). */
  void evaluationRecorded(ReintegrationCase c, Evaluation evaluation) {
    toStaff(
        PolicyEvent.EVALUATION_RECORDED,
        String.valueOf(evaluation.getId()),
        c,
        told(c, PolicyEvent.EVALUATION_RECORDED, About.CASE),
        Map.of("planWeek", String.valueOf(evaluation.getPlanWeek())));
  }

  /**
   * A deadline due soon or overdue: its responsible lead, or, while none is named, the mailbox of
   * the party the edition makes responsible (issue 16); once per deadline, state and date (an
   * extension brings a new reminder).
   */
  void deadline(Deadline deadline, DeadlineState state) {
    ReintegrationCase c = deadline.getReintegrationCase();
    Recipient lead =
        deadline.getResponsibleLead() != null
            ? new Recipient(
                RecipientRole.RESPONSIBLE_LEAD,
                deadline.getResponsibleLead().getName(),
                deadline.getResponsibleLead().getEmail(),
                null)
            : mailboxOf(c, editions.of(c).deadline(deadline.getKind()).responsible());
    PolicyEvent event =
        state == DeadlineState.OVERDUE
            ? PolicyEvent.DEADLINE_OVERDUE
            : PolicyEvent.DEADLINE_DUE_SOON;
    toStaff(
        event,
        deadline.getId() + "@" + deadline.effectiveDueOn(),
        c,
        told(c, event, new About(null, lead)),
        Map.of(
            "deadline",
            deadline.getKind().title(),
            "rule",
            deadline.getKind().source(),
            "dueOn",
            UkDateFormat.DATE.format(deadline.effectiveDueOn())));
  }

  /**
   * What an event is about besides its case: the receiving school it names, and the person
   * responsible for its deadline.
   */
  private record About(Establishment receiving, Recipient responsible) {
    static final About CASE = new About(null, null);
  }

  /** The shared mailbox of a party of the case: its establishment's, or the IYFAP's. */
  private Recipient mailboxOf(ReintegrationCase c, Party party) {
    Establishment establishment = c.establishmentOf(party);
    return establishment != null
        ? school(establishment, RecipientRole.RESPONSIBLE_LEAD)
        : iyfap(RecipientRole.RESPONSIBLE_LEAD);
  }

  /** Whom the case's edition tells of the event, on this case. */
  private List<Recipient> told(ReintegrationCase c, PolicyEvent event, About about) {
    Establishment receiving =
        about.receiving() != null ? about.receiving() : c.establishmentOf(Party.RECEIVING_SCHOOL);
    // Olive Academy, as the provider, hands Stage 1 on once there is a school to hand it to (P7)
    boolean oliveAcademyCase =
        c.getCurrentProvision().getKind() == EstablishmentKind.AP_ACADEMY && receiving != null;
    List<Recipient> recipients = new ArrayList<>();
    for (Told told : editions.of(c).told(event)) {
      if (told.isToldOn(oliveAcademyCase)) {
        recipients.addAll(recipients(c, told.role(), receiving, about.responsible()));
      }
    }
    return recipients;
  }

  /** Who stands for the role on the case: its establishment, mailbox, parents or lead. */
  private List<Recipient> recipients(
      ReintegrationCase c, RecipientRole role, Establishment receiving, Recipient responsible) {
    return switch (role) {
      case IYFAP_MAILBOX -> List.of(iyfap(role));
      case ATTENDANCE_AND_BEHAVIOUR_SERVICE ->
          List.of(
              new Recipient(
                  role,
                  "Attendance & Behaviour Service",
                  mailboxes.getAttendanceAndBehaviour(),
                  null));
      case REFERRING_SCHOOL -> List.of(school(c.getReferringSchool(), role));
      case RECEIVING_SCHOOL -> receiving == null ? List.of() : List.of(school(receiving, role));
      case PROVIDER -> List.of(school(c.getCurrentProvision(), role));
      case OLIVE_ACADEMY ->
          Stream.of(c.getCurrentProvision(), c.getReferringSchool())
              .filter(e -> e.getKind() == EstablishmentKind.AP_ACADEMY)
              .findFirst()
              .map(olive -> List.of(school(olive, role)))
              .orElse(List.of());
      // The schools and provision, and the lead professionals named on the case (P8)
      case MEETING_ATTENDEE ->
          Stream.concat(
                  Stream.of(c.getCurrentProvision(), c.getReferringSchool(), receiving)
                      .filter(Objects::nonNull)
                      .map(e -> school(e, role)),
                  c.namedLeads().stream()
                      .map(lead -> new Recipient(role, lead.getName(), lead.getEmail(), null)))
              .toList();
      case PARENT_CARER ->
          c.getParentCarers().stream()
              .map(
                  parent ->
                      new Recipient(
                          role, parent.getName(), parent.getEmail(), parent.getPostalAddress()))
              .toList();
      case RESPONSIBLE_LEAD -> responsible == null ? List.of() : List.of(responsible);
    };
  }

  private static String meetingName(Meeting meeting) {
    return switch (meeting.getKind()) {
      case PLANNING -> "Planning meeting";
      case TRANSITION_PLANNING -> "Transition planning meeting";
      case REVIEW -> "Review meeting";
    };
  }

  /**
   * The event's message to each member of staff or mailbox, from the template named after the event
   * and the common footer with the link to the case; answers the messages written.
   */
  private List<OutboxMessage> toStaff(
      PolicyEvent event,
      String occurrence,
      ReintegrationCase c,
      List<Recipient> recipients,
      Map<String, String> eventValues) {
    Map<String, String> values = new HashMap<>(eventValues);
    values.put("caseId", String.valueOf(c.getId()));
    values.put("initials", initials(c));
    values.put("caseLink", caseLink(c));
    String template = "staff/" + event.name().toLowerCase(Locale.ROOT);
    MessageTemplates.Text text = templates.render(template, values);
    MessageTemplates.Text footer = templates.render("staff/footer", values);
    MessageTemplates.Text message =
        new MessageTemplates.Text(text.subject(), text.body() + "\n\n" + footer.body());
    // One copy to a mailbox that stands for two parties (Olive Academy as provider and school of
    // roll).
    Set<String> sentTo = new HashSet<>();
    List<OutboxMessage> written = new ArrayList<>();
    for (Recipient recipient : recipients) {
      if (sentTo.add(recipient.email())) {
        write(event, occurrence, c, recipient, template, message).ifPresent(written::add);
      }
    }
    return written;
  }

  /** One message, unless the same event already wrote it for this recipient. */
  private Optional<OutboxMessage> write(
      PolicyEvent event,
      String occurrence,
      ReintegrationCase c,
      Recipient recipient,
      String template,
      MessageTemplates.Text text) {
    OutboxMessage message =
        new OutboxMessage(
            event,
            occurrence,
            c,
            recipient,
            template,
            text.subject(),
            text.body(),
            LocalDateTime.now(clock));
    List<OutboxMessage> earlier = cases.recordsOf(c, OutboxMessage.class);
    if (earlier.stream().anyMatch(m -> m.getIdempotencyKey().equals(message.getIdempotencyKey()))) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    if (earlier.stream().filter(m -> m.isTo(recipient, today)).count() >= mostADay) {
      message.hold();
    }
    cases.add(message);
    return Optional.of(message);
  }

  /** Without the section's public address, the case is named for the reader to find. */
  private String caseLink(ReintegrationCase c) {
    return publicUrl
        .map(url -> url.replaceAll("/+$", "") + "/case.xhtml?id=" + c.getId())
        .orElse("case " + c.getId() + " in the portal's Reintegration section");
  }

  private static Recipient school(Establishment establishment, RecipientRole role) {
    return new Recipient(role, establishment.getName(), establishment.getMailbox(), null);
  }

  /** The IYFAP's shared mailbox, from configuration, standing in the role. */
  private Recipient iyfap(RecipientRole role) {
    return new Recipient(role, "IYFAP mailbox", mailboxes.getIyfap(), null);
  }

  private static String receivingName(ReintegrationCase c) {
    Establishment receiving = c.establishmentOf(Party.RECEIVING_SCHOOL);
    return receiving == null ? "the receiving school" : receiving.getName();
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
