package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;
import uk.gov.borough.reintegration.test.TcpProxy;
import uk.gov.borough.reintegration.test.TestDatabase;

/**
 * The outbox delivered to a real SMTP server on loopback (GreenMail): each message once, under the
 * Message-ID its idempotency key makes; an SMTP server that is down loses nothing, a message whose
 * tries ran out is dead until an inclusion officer tries it again. A meeting's e-mails carry its
 * calendar invitation, replaced when it moves and withdrawn when it is cancelled.
 */
@ExtendWith(DeployedApplication.class)
class MailDeliveryHttpIT {

  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String SCHOOL = "demo-school-quillfield";
  private static final String OFFICER = "demo-inclusion-1";

  @Test
  void messagesAreDeliveredOnceAndSurviveTheMailServerBeingDown(DeployedApplication.Running running)
      throws Exception {
    PayaraMicroServer server = running.server();
    long id = managedMove(server);

    JsonObject opened =
        awaitMessage(
            server,
            id,
            m ->
                m.getString("event").equals("MANAGED_MOVE_OPENED")
                    && m.getString("state").equals("SENT"));
    MimeMessage received = receivedWithSubject(running, opened.getString("subject")).get(0);
    assertEquals("attendance-and-behaviour@example.org", received.getAllRecipients()[0].toString());
    assertEquals(
        "<" + opened.getString("idempotencyKey").replace(':', '.') + "@reintegration>",
        received.getMessageID());

    running.mail().stop();
    HttpResponse<String> scheduled =
        Http.apiClientAs(SCHOOL, PASSWORD)
            .postJson(
                api(server, "/cases/" + id + "/plan/meetings"),
                "{\"version\":"
                    + caseVersion(server, id)
                    + ",\"kind\":\"REVIEW\",\"start\":\"2027-01-25T15:30:00\","
                    + "\"end\":\"2027-01-25T16:30:00\",\"location\":\"Bramblewood Academy\"}");
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    JsonObject dead =
        awaitMessage(
            server,
            id,
            m ->
                m.getString("event").equals("MEETING_SCHEDULED")
                    && m.getString("state").equals("DEAD"));
    assertTrue(dead.getInt("attempts") >= 3, dead.toString());
    assertTrue(dead.containsKey("lastError"), dead.toString());

    running.mail().start();
    for (JsonObject message : messagesNow(server, id)) {
      if (message.getString("state").equals("DEAD")) {
        HttpResponse<String> retried =
            Http.apiClientAs(OFFICER, PASSWORD)
                .postJson(
                    api(
                        server,
                        "/cases/" + id + "/records/messages/" + message.getInt("id") + "/retry"),
                    "{}");
        assertEquals(200, retried.statusCode(), retried.body());
      }
    }
    awaitMessage(
        server,
        id,
        m ->
            messagesNow(server, id).stream()
                .filter(x -> x.getString("event").equals("MEETING_SCHEDULED"))
                .allMatch(x -> x.getString("state").equals("SENT")));
    List<MimeMessage> meeting = receivedWithSubject(running, dead.getString("subject"));
    Map<String, Long> copies =
        meeting.stream().collect(Collectors.groupingBy(m -> recipients(m), Collectors.counting()));
    assertTrue(copies.values().stream().allMatch(n -> n == 1), "one copy each: " + copies);
    assertEquals(
        messagesNow(server, id).stream()
            .filter(m -> m.getString("event").equals("MEETING_SCHEDULED"))
            .count(),
        meeting.size());

    // The invitation follows the meeting: moved, then cancelled, under one UID
    String invitation = invite(meeting.get(0));
    assertTrue(invitation.contains("METHOD:REQUEST"), invitation);
    assertTrue(invitation.contains("SEQUENCE:0"), invitation);
    assertTrue(invitation.contains("DTSTART:20270125T153000Z"), invitation);
    long meetingId = object(scheduled.body()).getJsonNumber("id").longValue();
    Http school = Http.apiClientAs(SCHOOL, PASSWORD);
    HttpResponse<String> moved =
        school.postJson(
            api(server, "/cases/" + id + "/plan/meetings/" + meetingId + "/move"),
            "{\"version\":"
                + caseVersion(server, id)
                + ",\"start\":\"2027-01-26T09:00:00\",\"end\":\"2027-01-26T10:00:00\","
                + "\"location\":\"Quillfield School\"}");
    assertEquals(200, moved.statusCode(), moved.body());
    HttpResponse<String> cancelled =
        school.postJson(
            api(server, "/cases/" + id + "/plan/meetings/" + meetingId + "/cancellation"),
            "{\"version\":" + caseVersion(server, id) + "}");
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    String movedInvite = invite(delivered(running, server, id, "MEETING_MOVED"));
    assertTrue(movedInvite.contains("METHOD:REQUEST"), movedInvite);
    assertTrue(movedInvite.contains("SEQUENCE:1"), movedInvite);
    assertTrue(movedInvite.contains("DTSTART:20270126T090000Z"), movedInvite);
    String cancellation = invite(delivered(running, server, id, "MEETING_CANCELLED"));
    assertTrue(cancellation.contains("METHOD:CANCEL"), cancellation);
    assertTrue(cancellation.contains("SEQUENCE:2"), cancellation);
    for (String later : List.of(movedInvite, cancellation)) {
      assertEquals(uid(invitation), uid(later), "one UID for the meeting's whole life");
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "reintegration.test.database", matches = "postgresql")
  void aServerKilledInTheMiddleOfABatchDeliversTheRestOnceRestarted() throws Exception {
    GreenMail mail = mailServer();
    try (TcpProxy slowMail = new TcpProxy("127.0.0.1", mail.getSmtp().getPort())) {
      Map<String, String> settings = ownServerSettings(slowMail.port(), 3600);
      PayaraMicroServer first = PayaraMicroServer.start("servers-killed", settings);
      long id;
      try {
        first.awaitReady(Duration.ofMinutes(2));
        id = managedMove(first);
        long meetingId = meetingOn(first, id, "2027-01-25T09:00:00", "2027-01-25T09:30:00");
        for (int hour = 10; hour < 17; hour++) {
          HttpResponse<String> moved =
              Http.apiClientAs(SCHOOL, PASSWORD)
                  .postJson(
                      api(first, "/cases/" + id + "/plan/meetings/" + meetingId + "/move"),
                      "{\"version\":"
                          + caseVersion(first, id)
                          + ",\"start\":\"2027-01-25T"
                          + hour
                          + ":00:00\",\"end\":\"2027-01-25T"
                          + hour
                          + ":30:00\",\"location\":\"Quillfield School\"}");
          assertEquals(200, moved.statusCode(), moved.body());
        }
        // The mail server answers slowly from now on: the batch is still going when the server dies
        slowMail.slowDown(Duration.ofMillis(700));
        slowMail.open();
        await(() -> mail.getReceivedMessages().length >= 3, "the first three messages");
      } finally {
        first.kill();
      }
      long written =
          count(
              "SELECT COUNT(*) FROM ri_outbox_message WHERE recipient_email IS NOT NULL AND case_id = "
                  + id);
      int beforeKill = mail.getReceivedMessages().length;
      assertTrue(beforeKill < written, "killed mid-batch: " + beforeKill + " of " + written);

      slowMail.slowDown(Duration.ZERO);
      try (PayaraMicroServer restarted = PayaraMicroServer.start("servers-killed", settings)) {
        restarted.awaitReady(Duration.ofMinutes(2));
        await(
            () ->
                messagesNow(restarted, id).stream()
                    .allMatch(m -> m.getString("state").equals("SENT")),
            "every message of the case sent");
        List<JsonObject> messages = messagesNow(restarted, id);
        Map<String, List<MimeMessage>> copies = receivedByMessageId(mail);
        int duplicates = 0;
        for (JsonObject message : messages) {
          List<MimeMessage> received = copies.get(messageId(message));
          assertTrue(received != null, "delivered: " + message);
          // At most the one in flight at the kill goes twice, and then as the same message
          assertTrue(received.size() <= 2, received.size() + " copies of " + message);
          for (MimeMessage copy : received) {
            assertEquals(message.getString("subject"), copy.getSubject());
            assertEquals("[" + message.getString("recipientEmail") + "]", recipients(copy));
          }
          duplicates += received.size() - 1;
        }
        assertTrue(duplicates <= 1, duplicates + " messages sent twice");
        System.out.printf(
            "Killed mid-batch: %d of %d sent before the kill, the rest after the restart,"
                + " %d sent twice under the same Message-ID%n",
            beforeKill, messages.size(), duplicates);
      }
    } finally {
      mail.stop();
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "reintegration.test.database", matches = "postgresql")
  void twoServersOnOneDatabaseSendEachReminderOnce() throws Exception {
    GreenMail mail = mailServer();
    Map<String, String> settings = ownServerSettings(mail.getSmtp().getPort(), 2);
    CompletableFuture<PayaraMicroServer> starting =
        CompletableFuture.supplyAsync(() -> PayaraMicroServer.start("servers-a", settings));
    try (PayaraMicroServer b = PayaraMicroServer.start("servers-b", settings);
        PayaraMicroServer a = starting.join()) {
      a.awaitReady(Duration.ofMinutes(2));
      b.awaitReady(Duration.ofMinutes(2));
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      String moved = deadlinesDueSoonAndOverdue();
      String reminders = "FROM ri_outbox_message WHERE event LIKE 'DEADLINE%' AND " + moved;
      // Both servers run a round every 2 s: wait for the reminders, then for a few rounds more
      await(() -> count("SELECT COUNT(*) " + reminders + " AND state = 'SENT'") >= 4, "reminders");
      Thread.sleep(6000);

      assertEquals(4, count("SELECT COUNT(*) " + reminders), "one reminder for each deadline");
      assertEquals(2, count("SELECT COUNT(*) " + reminders + " AND event = 'DEADLINE_OVERDUE'"));
      assertEquals(
          4,
          count(
              "SELECT COUNT(*) FROM ri_reminder_claim c JOIN ri_deadline d ON d.id = c.deadline_id"
                  + " WHERE d.kind = 'FOUR_WEEK_REVIEW' AND c.due_on IN ('"
                  + today.plusDays(1)
                  + "', '"
                  + today.minusDays(2)
                  + "')"),
          "one claim for each reminder");
      Map<String, List<MimeMessage>> received = receivedByMessageId(mail);
      for (String key : column("SELECT idempotency_key " + reminders)) {
        List<MimeMessage> copies = received.get("<" + key.replace(':', '.') + "@reintegration>");
        assertTrue(copies != null && copies.size() == 1, "e-mailed once: " + key);
      }
      System.out.printf(
          "Two servers, a round every 2 s each: 4 reminders written and e-mailed once each;"
              + " claims by server: %s%n",
          column(
              "SELECT claimed_by || ' ' || COUNT(*) FROM ri_reminder_claim GROUP BY claimed_by"));
    } finally {
      mail.stop();
    }
  }

  /**
   * The 4-week reviews of four open demo cases, moved straight in the database while the servers
   * run to fall due tomorrow or to be overdue since two days ago; answers the SQL condition that
   * picks their reminders (the demo's own deadlines have reminders of their own).
   */
  private static String deadlinesDueSoonAndOverdue() throws SQLException {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    List<String> reviews =
        column(
            "SELECT d.id || ':' || d.case_id FROM ri_deadline d"
                + " JOIN ri_reintegration_case c ON c.id = d.case_id"
                + " WHERE d.kind = 'FOUR_WEEK_REVIEW' AND c.current_provision_lead_id IS NOT NULL"
                + " AND c.status NOT IN ('DECLINED', 'COMPLETED', 'RETURNED_TO_OLIVE_ACADEMY',"
                + " 'RETURNED_TO_REFERRING_SCHOOL') ORDER BY d.case_id LIMIT 4");
    assertEquals(4, reviews.size(), "open demo cases with a 4-week review");
    TestDatabase database = ownDatabase();
    List<String> picked = new ArrayList<>();
    try (Connection owner =
            DriverManager.getConnection(
                database.url(), database.migrationUser(), database.migrationPassword());
        PreparedStatement move =
            owner.prepareStatement(
                "UPDATE ri_deadline SET version = version + 1, counted_from = ?, due_on = ?,"
                    + " met_on = NULL, extended_to = NULL WHERE id = ?")) {
      for (int i = 0; i < reviews.size(); i++) {
        String[] deadlineAndCase = reviews.get(i).split(":");
        LocalDate due = i % 2 == 0 ? today.plusDays(1) : today.minusDays(2);
        move.setObject(1, today.minusDays(28));
        move.setObject(2, due);
        move.setLong(3, Long.parseLong(deadlineAndCase[0]));
        assertEquals(1, move.executeUpdate());
        // The reminder's key names the case, then the deadline and the day it falls due
        picked.add(
            "idempotency_key LIKE '%:"
                + deadlineAndCase[1]
                + ":"
                + deadlineAndCase[0]
                + "@"
                + due
                + ":%'");
      }
    }
    return "(" + String.join(" OR ", picked) + ")";
  }

  private static long count(String sql) {
    return Long.parseLong(column(sql).get(0));
  }

  /** The first column of a query's rows, read as the application's database user. */
  private static List<String> column(String sql) {
    TestDatabase database = ownDatabase();
    List<String> values = new ArrayList<>();
    try (Connection reader =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        Statement query = reader.createStatement();
        ResultSet result = query.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }

  /** A review meeting on the case, answering its id. */
  private static long meetingOn(PayaraMicroServer server, long id, String start, String end) {
    HttpResponse<String> scheduled =
        Http.apiClientAs(SCHOOL, PASSWORD)
            .postJson(
                api(server, "/cases/" + id + "/plan/meetings"),
                "{\"version\":"
                    + caseVersion(server, id)
                    + ",\"kind\":\"REVIEW\",\"start\":\""
                    + start
                    + "\",\"end\":\""
                    + end
                    + "\",\"location\":\"Bramblewood Academy\"}");
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    return object(scheduled.body()).getJsonNumber("id").longValue();
  }

  private static String messageId(JsonObject message) {
    return "<" + message.getString("idempotencyKey").replace(':', '.') + "@reintegration>";
  }

  private static Map<String, List<MimeMessage>> receivedByMessageId(GreenMail mail) {
    return Arrays.stream(mail.getReceivedMessages())
        .collect(
            Collectors.groupingBy(
                m -> {
                  try {
                    return m.getMessageID();
                  } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }

  private static void await(BooleanSupplier condition, String what) {
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("Not in 120 s: " + what);
      }
      PayaraMicroServer.pause();
    }
  }

  /** The database the tests with servers of their own share, away from this pass's server. */
  private static TestDatabase ownDatabase() {
    return TestDatabase.ofThisPass().named("reintegration_servers_test");
  }

  private static GreenMail mailServer() {
    GreenMail mail =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    mail.start();
    return mail;
  }

  /** A server of the test's own on the second database, mailing to the port given. */
  private static Map<String, String> ownServerSettings(int mailPort, long reminderSeconds) {
    Map<String, String> settings = new HashMap<>(ownDatabase().serverSettings());
    settings.putAll(DeployedApplication.DEMO_LOGINS);
    settings.put("reintegration.demo-data", "true");
    settings.put("reintegration.mail.host", "127.0.0.1");
    settings.put("reintegration.mail.port", String.valueOf(mailPort));
    settings.put("reintegration.mail.starttls", "false");
    settings.put("reintegration.mail.timeout-seconds", "3");
    settings.put("reintegration.mail.retry-seconds", "2,2,2,2,2,2,2,2,2,2");
    settings.put("reintegration.deadlines.reminder-seconds", String.valueOf(reminderSeconds));
    return settings;
  }

  /** The first e-mail of the case's event, once the outbox has sent them all. */
  private static MimeMessage delivered(
      DeployedApplication.Running running, PayaraMicroServer server, long id, String event)
      throws MessagingException {
    JsonObject sent =
        awaitMessage(
            server,
            id,
            m ->
                m.getString("event").equals(event)
                    && messagesNow(server, id).stream()
                        .filter(x -> x.getString("event").equals(event))
                        .allMatch(x -> x.getString("state").equals("SENT")));
    return receivedWithSubject(running, sent.getString("subject")).get(0);
  }

  /** The calendar part of a meeting's e-mail, beside its text. */
  private static String invite(MimeMessage message) throws Exception {
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertEquals(2, parts.getCount(), "the text and the invitation");
    BodyPart calendar = parts.getBodyPart(1);
    assertTrue(calendar.getContentType().startsWith("text/calendar"), calendar.getContentType());
    assertEquals("meeting.ics", calendar.getFileName());
    try (InputStream in = calendar.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
    }
  }

  @Test
  void aCaseSendsEachRecipientItsDaysCeilingAndHoldsTheRestUntilReleased(
      DeployedApplication.Running running) throws Exception {
    PayaraMicroServer server = running.server();
    long id = managedMove(server, "Q999221618986");
    Http school = Http.apiClientAs(SCHOOL, PASSWORD);
    for (int day = 1; day <= 50; day++) {
      String date = LocalDate.of(2027, 3, 1).plusDays(day).toString();
      HttpResponse<String> scheduled =
          school.postJson(
              api(server, "/cases/" + id + "/plan/meetings"),
              "{\"version\":"
                  + caseVersion(server, id)
                  + ",\"kind\":\"REVIEW\",\"start\":\""
                  + date
                  + "T09:00:00\",\"end\":\""
                  + date
                  + "T10:00:00\",\"location\":\"Bramblewood Academy\"}");
      assertEquals(201, scheduled.statusCode(), scheduled.body());
    }

    // The ceiling (10, the default) is per recipient per case per day: the rest are held
    awaitMessage(
        server,
        id,
        m ->
            messagesNow(server, id).stream()
                .filter(x -> x.containsKey("recipientEmail"))
                .filter(x -> !x.getString("state").equals("HELD"))
                .allMatch(x -> x.getString("state").equals("SENT")));
    Map<String, Map<String, Long>> byRecipient =
        messagesNow(server, id).stream()
            .collect(
                Collectors.groupingBy(
                    m -> m.getString("recipientEmail", m.getString("recipientName")),
                    Collectors.groupingBy(
                        m -> m.getString("state").equals("HELD") ? "HELD" : "NOT_HELD",
                        Collectors.counting())));
    Map<String, Long> delivered = deliveredPerRecipient(running.mail(), id);
    System.out.printf(
        "50 meetings on case %d: messages by recipient and state %s; e-mails received %s%n",
        id, byRecipient, delivered);
    long recipientsHeld = 0;
    for (Map.Entry<String, Map<String, Long>> recipient : byRecipient.entrySet()) {
      long sent = recipient.getValue().getOrDefault("NOT_HELD", 0L);
      long held = recipient.getValue().getOrDefault("HELD", 0L);
      assertTrue(sent <= 10, recipient.toString());
      assertTrue(held == 0 || sent == 10, "held only past the ceiling: " + recipient);
      if (recipient.getKey().contains("@")) {
        assertEquals(sent, delivered.getOrDefault(recipient.getKey(), 0L), delivered.toString());
      }
      recipientsHeld += held > 0 ? 1 : 0;
    }
    assertTrue(recipientsHeld > 0, "the meetings' attendees had messages held: " + byRecipient);

    // Said on the case and on the inclusion officers' My work
    Http officer = Http.browserSignedInAs(server, OFFICER, PASSWORD);
    String myWork = officer.getAs(server.uri("/reintegration/"), "text/html").body();
    assertTrue(myWork.contains("Messages held") && myWork.contains("Case " + id), myWork);
    String casePage =
        officer
            .getAs(server.uri("/reintegration/case.xhtml?id=" + id + "&part=messages"), "text/html")
            .body();
    assertTrue(casePage.contains("messages are held"), casePage);

    // Released, a held message is sent once
    JsonObject held =
        messagesNow(server, id).stream()
            .filter(m -> m.getString("state").equals("HELD"))
            .findFirst()
            .orElseThrow();
    URI release =
        api(server, "/cases/" + id + "/records/messages/" + held.getInt("id") + "/release");
    HttpResponse<String> released = Http.apiClientAs(OFFICER, PASSWORD).postJson(release, "{}");
    assertEquals(200, released.statusCode(), released.body());
    HttpResponse<String> again = Http.apiClientAs(OFFICER, PASSWORD).postJson(release, "{}");
    assertEquals(400, again.statusCode(), again.body());
    awaitMessage(
        server,
        id,
        m -> m.getInt("id") == held.getInt("id") && m.getString("state").equals("SENT"));
    assertEquals(
        1, receivedByMessageId(running.mail()).get(messageId(held)).size(), "sent exactly once");
  }

  /** The e-mails the mail server received about the case, by recipient. */
  private static Map<String, Long> deliveredPerRecipient(GreenMail mail, long id)
      throws MessagingException {
    Map<String, Long> delivered = new TreeMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getMessageID().split("\\.")[1].equals(String.valueOf(id))) {
        for (Address to : message.getAllRecipients()) {
          delivered.merge(to.toString(), 1L, Long::sum);
        }
      }
    }
    return delivered;
  }

  private static String uid(String invite) {
    return invite.lines().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
  }

  private static long managedMove(PayaraMicroServer server) {
    return managedMove(server, "Y999206721621");
  }

  /** A managed move opened by the school for the pupil, ready for its meetings. */
  private static long managedMove(PayaraMicroServer server, String upn) {
    Http school = Http.apiClientAs(SCHOOL, PASSWORD);
    Map<String, Long> establishments = establishments(server);
    HttpResponse<String> opened =
        school.postJson(
            api(server, "/cases"),
            "{\"pupilUpn\":\""
                + upn
                + "\",\"route\":\"MANAGED_MOVE\",\"referringSchoolId\":"
                + establishments.get("990103")
                + ",\"currentProvisionId\":"
                + establishments.get("990103")
                + "}");
    assertEquals(201, opened.statusCode(), opened.body());
    long id = object(opened.body()).getJsonNumber("id").longValue();
    step(
        server,
        id,
        "stage-1",
        "\"aims\":\"a\",\"academicTarget\":\"b\",\"behaviourTarget\":\"c\",\"attendanceTarget\":\"d\",\"onTrack\":true");
    step(
        server,
        id,
        "uniform",
        "\"funding\":\"REFERRING_SCHOOL_BUYS\",\"decidedOn\":\"2026-11-20\"");
    step(server, id, "managed-move", "\"receivingSchoolId\":" + establishments.get("990101"));
    return id;
  }

  private static void step(PayaraMicroServer server, long id, String step, String fields) {
    long version = caseVersion(server, id);
    HttpResponse<String> answer =
        Http.apiClientAs(SCHOOL, PASSWORD)
            .postJson(
                api(server, "/cases/" + id + "/steps/" + step),
                "{\"version\":" + version + "," + fields + "}");
    assertEquals(200, answer.statusCode(), answer.body());
  }

  /** The case's version as it stands, which every write names. */
  private static long caseVersion(PayaraMicroServer server, long id) {
    return object(
            Http.apiClientAs(OFFICER, PASSWORD)
                .getAs(api(server, "/cases/" + id), "application/json")
                .body())
        .getJsonNumber("version")
        .longValue();
  }

  /** Waits, polling the case's outbox, until a message matches; the delivery runs every 10 s. */
  private static JsonObject awaitMessage(
      PayaraMicroServer server, long id, Predicate<JsonObject> wanted) {
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(until)) {
      for (JsonObject message : messagesNow(server, id)) {
        if (wanted.test(message)) {
          return message;
        }
      }
      PayaraMicroServer.pause();
    }
    throw new AssertionError("No such message in 90 s: " + messagesNow(server, id));
  }

  private static List<JsonObject> messagesNow(PayaraMicroServer server, long id) {
    HttpResponse<String> answer =
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(api(server, "/cases/" + id + "/records/messages"), "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  private static List<MimeMessage> receivedWithSubject(
      DeployedApplication.Running running, String subject) throws MessagingException {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage message : running.mail().getReceivedMessages()) {
      if (subject.equals(message.getSubject())) {
        found.add(message);
      }
    }
    return found;
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> establishments(PayaraMicroServer server) {
    HttpResponse<String> answer =
        Http.apiClientAs(OFFICER, PASSWORD)
            .getAs(api(server, "/establishments"), "application/json");
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      JsonArray all = reader.readArray();
      return all.getValuesAs(JsonObject.class).stream()
          .collect(
              Collectors.toMap(e -> e.getString("urn"), e -> e.getJsonNumber("id").longValue()));
    }
  }

  private static URI api(PayaraMicroServer server, String path) {
    return server.uri("/reintegration/api" + path);
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
