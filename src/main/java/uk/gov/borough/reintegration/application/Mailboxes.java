package uk.gov.borough.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The borough's shared mailboxes, from configuration: the messages are sent to them and the help
 * page names them, from this one reading (issue 15).
 */
@Named
@ApplicationScoped
public class Mailboxes {

  @Inject
  @ConfigProperty(name = "reintegration.mailbox.iyfap", defaultValue = "iyfap@example.org")
  String iyfap;

  @Inject
  @ConfigProperty(
      name = "reintegration.mailbox.attendance-and-behaviour",
      defaultValue = "attendance-and-behaviour@example.org")
  String attendanceAndBehaviour;

  /** Admissions & Inclusion's mailbox for the IYFAP (P4). */
  public String getIyfap() {
    return iyfap;
  }

  /** The Attendance & Behaviour Service's mailbox, told of managed moves (P5). */
  public String getAttendanceAndBehaviour() {
    return attendanceAndBehaviour;
  }
}
