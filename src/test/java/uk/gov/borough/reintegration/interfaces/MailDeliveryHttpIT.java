package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * The outbox delivered to a real SMTP server on loopback (GreenMail): each message once, under the
 * Message-ID its idempotency key makes; an SMTP server that is down loses nothing, a message whose
 * tries ran out is dead until an inclusion officer tries it again.
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
                "{\"kind\":\"REVIEW\",\"start\":\"2027-01-25T15:30:00\","
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
                    "");
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
  }

  private static long managedMove(PayaraMicroServer server) {
    Http school = Http.apiClientAs(SCHOOL, PASSWORD);
    Map<String, Long> establishments = establishments(server);
    HttpResponse<String> opened =
        school.postJson(
            api(server, "/cases"),
            "{\"pupilUpn\":\"Y999206721621\",\"route\":\"MANAGED_MOVE\",\"referringSchoolId\":"
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
    long version =
        object(
                Http.apiClientAs(OFFICER, PASSWORD)
                    .getAs(api(server, "/cases/" + id), "application/json")
                    .body())
            .getJsonNumber("version")
            .longValue();
    HttpResponse<String> answer =
        Http.apiClientAs(SCHOOL, PASSWORD)
            .postJson(
                api(server, "/cases/" + id + "/steps/" + step),
                "{\"version\":" + version + "," + fields + "}");
    assertEquals(200, answer.statusCode(), answer.body());
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
