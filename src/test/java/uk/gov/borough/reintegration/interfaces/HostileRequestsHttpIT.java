package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * What a careless script or an attacker sends the API (issue 13): bodies far past their limit,
 * calls that would each leave a session behind, forms posted from another site, and JSON that a
 * lenient reading would store wrongly. Every answer is JSON that names what to correct.
 */
@ExtendWith(DeployedApplication.class)
class HostileRequestsHttpIT {

  private static final String OFFICER = "demo-inclusion-1";
  private static final String PASSWORD = DeployedApplication.DEMO_PASSWORD;
  private static final String API = "/reintegration/api";
  private static final Pattern LIVE_SESSIONS =
      Pattern.compile("(?m)^reintegration_sessions_live (\\d+)$");

  private final Http officer = Http.apiClientAs(OFFICER, PASSWORD);
  private long caseId;

  @BeforeEach
  void aCaseTheOfficerSees(PayaraMicroServer server) {
    HttpResponse<String> list = officer.getAs(server.uri(API + "/cases?max=1"), "application/json");
    assertEquals(200, list.statusCode(), list.body());
    caseId = json(list).getJsonArray("cases").getJsonObject(0).getJsonNumber("id").longValue();
  }

  @Test
  void aBodyPastItsLimitIsRefusedBeforeItIsRead(PayaraMicroServer server) throws Exception {
    // Declared as 200 MB: only the first megabyte is ever sent, and the answer comes before it
    String declared = rawPost(server, notes(), 200L * 1024 * 1024, false);
    assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
    assertTrue(declared.contains("\"field\":\"body\""), declared);

    // Sent in chunks with no length: refused once the limit is passed
    String chunked = rawPost(server, notes(), 200L * 1024 * 1024, true);
    assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
    assertTrue(chunked.contains("application/problem+json"), chunked);

    // Ten at once leave the server ready for everyone else
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        boolean withoutLength = i % 2 == 0;
        answers.add(pool.submit(() -> rawPost(server, notes(), 200L * 1024 * 1024, withoutLength)));
      }
      for (Future<String> answer : answers) {
        assertTrue(answer.get().startsWith("HTTP/1.1 413"), answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(server.isReady(), server.readiness().body());
  }

  @Test
  void theApiKeepsNoSessionAndTakesNoSessionCookie(PayaraMicroServer server) throws Exception {
    int before = liveSessions(server);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    AtomicInteger withCookie = new AtomicInteger();
    AtomicInteger notOk = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        String path = i % 2 == 0 ? "/establishments" : "/hearings";
        calls.add(
            pool.submit(
                () -> {
                  HttpResponse<Void> answer =
                      client.send(
                          HttpRequest.newBuilder(server.uri(API + path))
                              .header("Authorization", basic)
                              .header("Accept", "application/json")
                              .timeout(Duration.ofSeconds(30))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (answer.headers().firstValue("Set-Cookie").isPresent()) {
                    withCookie.incrementAndGet();
                  }
                  if (answer.statusCode() != 200) {
                    notOk.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }
    int after = liveSessions(server);
    System.out.printf(
        "10,000 API calls with HTTP Basic: %d live sessions before, %d after; %d answers with"
            + " Set-Cookie, %d not 200%n",
        before, after, withCookie.get(), notOk.get());
    assertEquals(0, withCookie.get());
    assertEquals(0, notOk.get());
    assertEquals(before, after);

    // A person's page session is no way into the API
    Http browser = Http.browserSignedInAs(server, OFFICER, PASSWORD);
    HttpResponse<String> withSessionOnly =
        browser.getAs(server.uri(API + "/cases/" + caseId), "application/json");
    assertEquals(401, withSessionOnly.statusCode(), withSessionOnly.body());
    assertJsonError(withSessionOnly);
  }

  @Test
  void metricsAnswerOnlyTheirToken(PayaraMicroServer server) {
    HttpResponse<String> stranger =
        Http.anonymous().getAs(server.uri("/reintegration/metrics"), "text/plain");
    assertEquals(401, stranger.statusCode());
    assertFalse(stranger.body().contains("reintegration_sessions_live"), stranger.body());
    HttpResponse<String> wrongToken =
        send(
            HttpRequest.newBuilder(server.uri("/reintegration/metrics"))
                .header("Authorization", "Bearer not-the-token")
                .build());
    assertEquals(401, wrongToken.statusCode());
  }

  @Test
  void formsPostedFromAnotherSiteChangeNothing(PayaraMicroServer server) {
    Http browser = Http.browserSignedInAs(server, OFFICER, PASSWORD);
    for (String action :
        List.of(
            "/records/deadlines/recount",
            "/records/messages/1/printed",
            "/records/messages/1/retry")) {
      URI uri = server.uri(API + "/cases/" + caseId + action);
      // With the page's session cookie, as a cross-site form would be sent
      HttpResponse<String> withCookie = browser.post(uri, Map.of("x", "1"));
      assertEquals(401, withCookie.statusCode(), action + ": " + withCookie.body());
      // Even with credentials, a form is not JSON
      HttpResponse<String> form = officer.post(uri, Map.of("x", "1"));
      assertEquals(415, form.statusCode(), action + ": " + form.body());
      assertJsonError(form);
    }
  }

  @Test
  void jsonIsReadStrictlyAndEachRefusalNamesItsField(PayaraMicroServer server) {
    refused(
        server, notes(), "{\"text\":\"A note\",\"specialCategory\":\"yes\"}", "specialCategory");
    refused(server, notes(), "{\"text\":\"A note\",\"specialCategory\":1}", "specialCategory");
    refused(server, notes(), "{\"text\":\"A\\u0000note\",\"specialCategory\":false}", "text");
    refused(server, notes(), "{\"text\":\"A note\",\"surprise\":true}", "surprise");
    refused(server, notes(), "", "body");
    refused(server, notes(), "{\"text\":", "body");
    refused(server, notes(), "{\"text\":\"a\",\"text\":\"b\"}", "body");
    // The provider's own steps are sent by a provider's staff: a role that does not carry a step
    // is refused before its body is read (issue 17)
    Http olive = Http.apiClientAs("demo-ap-olive", PASSWORD);
    long oliveCase =
        json(olive.getAs(server.uri(API + "/cases?max=1"), "application/json"))
            .getJsonArray("cases")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String week = API + "/cases/" + oliveCase + "/plan/phased-return/1";
    refused(server, olive, week, "{\"expectedDays\":4294967298}", "expectedDays");
    String steps = API + "/cases/" + oliveCase + "/steps/";
    refused(
        server,
        olive,
        steps + "ap-start",
        "{\"version\":9223372036854775808,\"on\":\"2027-01-04\"}",
        "version");
    refused(server, olive, steps + "ap-start", "{\"version\":1,\"on\":\"-0001-01-04\"}", "on");
    HttpResponse<String> choice =
        refused(
            server,
            olive,
            steps + "roll",
            "{\"version\":1,\"decision\":\"MAYBE\",\"on\":\"2027-01-04\"}",
            "decision");
    assertTrue(choice.body().contains("REMAIN"), choice.body());
    refused(
        server,
        olive,
        API + "/cases/" + oliveCase + "/plan/meetings/1/record",
        "{\"attendees\":[null]}",
        "attendees[0]");

    // The same malformed body from a role that may not take the step: refused for the role
    HttpResponse<String> notTheirs =
        officer.postJson(server.uri(week), "{\"expectedDays\":4294967298}");
    assertEquals(403, notTheirs.statusCode(), notTheirs.body());
    assertJsonError(notTheirs);

    // A step of another party of the case, from a school that sees the case and whose role
    // carries such steps: refused for whose step it is, whatever the body and its version hold
    long planning =
        json(
                officer.getAs(
                    server.uri(API + "/cases?status=PLANNING&route=DIRECTION_OFF_SITE&max=100"),
                    "application/json"))
            .getJsonArray("cases")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("referringSchool").equals("Quillfield High School"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Http quillfield = Http.apiClientAs("demo-school-quillfield", PASSWORD);
    for (String body : List.of("{\"version\":-1}", "{\"version\":\"x\"}", "{")) {
      HttpResponse<String> theProvidersStep =
          quillfield.postJson(server.uri(API + "/cases/" + planning + "/steps/readiness"), body);
      assertEquals(403, theProvidersStep.statusCode(), body + ": " + theProvidersStep.body());
      assertJsonError(theProvidersStep);
      assertTrue(
          theProvidersStep.body().contains("Only the staff of KORU"), theProvidersStep.body());
    }

    HttpResponse<String> malformedId =
        officer.getAs(server.uri(API + "/cases/not-a-number"), "application/json");
    assertEquals(404, malformedId.statusCode());
    assertJsonError(malformedId);
    HttpResponse<String> malformedQuery =
        officer.getAs(server.uri(API + "/cases?first=many"), "application/json");
    assertEquals(400, malformedQuery.statusCode(), malformedQuery.body());
    assertTrue(malformedQuery.body().contains("\"field\":\"first\""), malformedQuery.body());
    HttpResponse<String> wrongMethod =
        officer.putJson(server.uri(API + "/cases/" + caseId + "/notes"), "{}");
    assertEquals(405, wrongMethod.statusCode());
    assertJsonError(wrongMethod);
    HttpResponse<String> html = officer.getAs(server.uri(API + "/cases/" + caseId), "text/html");
    assertEquals(406, html.statusCode());
    assertJsonError(html);
    HttpResponse<String> nowhere = officer.getAs(server.uri(API + "/nowhere"), "application/json");
    assertEquals(404, nowhere.statusCode());
    assertJsonError(nowhere);
  }

  private String notes() {
    return API + "/cases/" + caseId + "/notes";
  }

  private HttpResponse<String> refused(
      PayaraMicroServer server, String path, String body, String field) {
    return refused(server, officer, path, body, field);
  }

  private HttpResponse<String> refused(
      PayaraMicroServer server, Http caller, String path, String body, String field) {
    HttpResponse<String> answer = caller.postJson(server.uri(path), body);
    assertEquals(400, answer.statusCode(), path + " " + body + ": " + answer.body());
    assertJsonError(answer);
    assertTrue(
        json(answer).getJsonArray("fields").stream()
            .map(f -> f.asJsonObject().getString("field"))
            .anyMatch(field::equals),
        "names " + field + ": " + answer.body());
    return answer;
  }

  private static void assertJsonError(HttpResponse<String> answer) {
    assertTrue(
        answer
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        answer.headers() + " " + answer.body());
    JsonObject error = json(answer);
    assertEquals(answer.statusCode(), error.getInt("status"));
    assertFalse(error.getString("message").isBlank());
  }

  private static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private static int liveSessions(PayaraMicroServer server) {
    HttpResponse<String> metrics =
        send(
            HttpRequest.newBuilder(server.uri("/reintegration/metrics"))
                .header("Authorization", "Bearer " + DeployedApplication.METRICS_TOKEN)
                .build());
    assertEquals(200, metrics.statusCode(), metrics.body());
    Matcher live = LIVE_SESSIONS.matcher(metrics.body());
    assertTrue(live.find(), metrics.body());
    return Integer.parseInt(live.group(1));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Posts a JSON body of the given size over a plain socket, declared up front or in chunks, and
   * returns what the server answered as soon as it answers: a server that waited for the whole body
   * would keep this waiting for 200 MB that are never sent.
   */
  private String rawPost(PayaraMicroServer server, String path, long size, boolean chunked)
      throws IOException {
    URI uri = server.uri(path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String basic =
          Base64.getEncoder()
              .encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      out.write(
          ("POST "
                  + uri.getRawPath()
                  + " HTTP/1.1\r\nHost: "
                  + uri.getHost()
                  + "\r\nAuthorization: Basic "
                  + basic
                  + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                  + (chunked
                      ? "Transfer-Encoding: chunked\r\n"
                      : "Content-Length: " + size + "\r\n")
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] block = new byte[64 * 1024];
      block[0] = '{';
      Arrays.fill(block, 1, block.length, (byte) ' ');
      InputStream in = socket.getInputStream();
      try {
        for (int sent = 0; sent < 16 && in.available() == 0; sent++) {
          if (chunked) {
            out.write(
                (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
          out.write(block);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.flush();
          block[0] = ' ';
        }
      } catch (IOException closedByTheServer) {
        // The server answered and closed while the body was still coming: read its answer
      }
      // Until the JSON answer is complete: the server may reset the connection after it
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          answer.write(buffer, 0, n);
          if (answer.toString(StandardCharsets.UTF_8).endsWith("}")) {
            break;
          }
        }
      } catch (IOException resetAfterTheAnswer) {
        // what was read is the answer
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
