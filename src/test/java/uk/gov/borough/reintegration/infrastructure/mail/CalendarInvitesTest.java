package uk.gov.borough.reintegration.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.domain.model.Fixtures;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;

/** A meeting's invitation as a diary reads it: made, moved, cancelled. */
class CalendarInvitesTest {

  private final CalendarInvites invites = invites();

  @Test
  @DisplayName(
      "Issue 6: a moved meeting's invitation replaces the first; a cancellation removes it")
  void movedThenCancelled() throws Exception {
    Meeting meeting =
        new Meeting(
            Fixtures.permanentExclusionCase(),
            MeetingKind.PLANNING,
            LocalDateTime.of(2027, 1, 15, 10, 0),
            LocalDateTime.of(2027, 1, 15, 11, 0),
            "Bramblewood, room 4");

    String first = invites.invite(meeting, "Planning meeting", "LINK", "office@school.example");
    meeting.reschedule(
        LocalDateTime.of(2027, 6, 15, 10, 0), LocalDateTime.of(2027, 6, 15, 11, 30), "Room 5");
    String moved = invites.invite(meeting, "Planning meeting", "LINK", "office@school.example");
    meeting.cancel();
    String cancelled = invites.invite(meeting, "Planning meeting", "LINK", "office@school.example");

    for (String invite : new String[] {first, moved, cancelled}) {
      Calendar parsed = new CalendarBuilder().build(new StringReader(invite));
      parsed.validate();
      assertTrue(invite.contains("ORGANIZER:mailto:reintegration@borough.example"), invite);
      assertTrue(invite.contains("ATTENDEE:mailto:office@school.example"), invite);
      assertEquals(uid(first), uid(invite), "one UID for the meeting's whole life");
    }
    assertTrue(first.contains("METHOD:REQUEST") && first.contains("SEQUENCE:0"), first);
    // January is GMT, June is BST: the diary gets the instant, whatever its own zone
    assertTrue(first.contains("DTSTART:20270115T100000Z"), first);
    assertTrue(moved.contains("METHOD:REQUEST") && moved.contains("SEQUENCE:1"), moved);
    assertTrue(moved.contains("DTSTART:20270615T090000Z"), moved);
    assertTrue(moved.contains("LOCATION:Room 5"), moved);
    assertTrue(cancelled.contains("METHOD:CANCEL") && cancelled.contains("SEQUENCE:2"), cancelled);
    assertTrue(cancelled.contains("STATUS:CANCELLED"), cancelled);
  }

  private static String uid(String invite) {
    return invite.lines().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
  }

  private static CalendarInvites invites() {
    MailSender sender = new MailSender();
    sender.host = Optional.empty();
    sender.from = "reintegration@borough.example";
    CalendarInvites invites = new CalendarInvites();
    invites.sender = sender;
    invites.clock = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Europe/London"));
    return invites;
  }
}
