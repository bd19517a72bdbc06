package uk.gov.borough.reintegration.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;

/**
 * A meeting's invitation for one attendee, as iCalendar (RFC 5545, with RFC 5546's methods). The
 * UID stays the meeting's for its whole life and SEQUENCE counts its revisions, so a diary replaces
 * the earlier invitation when the meeting moves and removes it when the meeting is cancelled.
 */
@ApplicationScoped
public class CalendarInvites {

  @Inject MailSender sender;

  @Inject Clock clock;

  /** The invitation, or its cancellation once the meeting is cancelled. */
  public String invite(Meeting meeting, String summary, String description, String attendee) {
    VEvent event =
        new VEvent(
            instant(meeting.getScheduledStart()), instant(meeting.getScheduledEnd()), summary);
    event.replace(new DtStamp(clock.instant()));
    event.add(new Uid("meeting-" + meeting.getId() + "@" + senderDomain()));
    event.add(new Sequence(meeting.getRevision()));
    event.add(new Location(meeting.getLocation()));
    event.add(new Description(description));
    event.add(new Organizer(URI.create("mailto:" + sender.from())));
    event.add(new Attendee(URI.create("mailto:" + attendee)));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Reintegration//Meetings//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    if (meeting.isCancelled()) {
      calendar.add(ImmutableMethod.CANCEL);
      event.add(ImmutableStatus.VEVENT_CANCELLED);
    } else {
      calendar.add(ImmutableMethod.REQUEST);
      event.add(ImmutableStatus.VEVENT_CONFIRMED);
    }
    calendar.add(event);
    return calendar.toString();
  }

  private Instant instant(LocalDateTime local) {
    return local.atZone(clock.getZone()).toInstant();
  }

  private String senderDomain() {
    String from = sender.from();
    return from.substring(from.indexOf('@') + 1);
  }
}
