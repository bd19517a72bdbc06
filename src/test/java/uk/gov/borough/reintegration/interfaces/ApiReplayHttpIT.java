package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.ApiContract;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * Issue 17: every read of the OpenAPI document, replayed as two roles (an inclusion officer, who
 * sees every case, and a provider's staff, who see their own), on real records of a case both see,
 * so that every operation's answers are held to the document ({@link ApiContract} checks each
 * answer as it arrives; the writes are held to it by the tests that send them). Reads change
 * nothing another test relies on.
 */
@ExtendWith(DeployedApplication.class)
class ApiReplayHttpIT {

  private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

  @Test
  void everyReadOfTheDocumentAnswersAsItSaysForTwoRoles(PayaraMicroServer server) {
    Http officer = Http.apiClientAs("demo-inclusion-1", DeployedApplication.DEMO_PASSWORD);
    Http provider = Http.apiClientAs("demo-ap-olive", DeployedApplication.DEMO_PASSWORD);
    JsonObject document = read(Http.get(server.uri(ApiContract.DOCUMENT), "application/json"));
    long caseId =
        read(provider.getAs(server.uri("/reintegration/api/cases?max=1"), "application/json"))
            .getJsonArray("cases")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String records = "/reintegration/api/cases/" + caseId;
    Map<String, String> ids =
        Map.of(
            "id",
            String.valueOf(caseId),
            "meetingId",
            first(officer, server, records + "/plan/meetings", "id"),
            "messageId",
            first(officer, server, records + "/records/messages", "id"),
            "role",
            "receiving-school-lead",
            "kind",
            "FOUR_WEEK_REVIEW",
            "week",
            "1");
    long calendarId = Long.parseLong(first(officer, server, "/reintegration/api/calendars", "id"));
    int reads = 0;
    for (String path : document.getJsonObject("paths").keySet()) {
      if (!document.getJsonObject("paths").getJsonObject(path).containsKey("get")) {
        continue;
      }
      String concrete =
          "/reintegration"
              + (path.startsWith("/api/calendars/")
                  ? path.replace("{id}", String.valueOf(calendarId))
                  : fill(path, ids));
      for (Http caller : List.of(officer, provider)) {
        caller.getAs(
            server.uri(concrete),
            path.endsWith("/letter") ? "application/pdf" : "application/json");
        reads++;
      }
    }
    System.out.printf("API replay: %d reads of the document's operations as two roles%n", reads);
    // Every GET of the API: the cases, a case and each of its records, the establishments,
    // hearings and calendars
    assertTrue(reads >= 2 * 16, "reads: " + reads);
  }

  private static String fill(String template, Map<String, String> ids) {
    Matcher parameter = TEMPLATE.matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      parameter.appendReplacement(path, ids.getOrDefault(parameter.group(1), "1"));
    }
    return parameter.appendTail(path).toString();
  }

  /** The first record's field of a list the officer reads, or 1 where the list is empty. */
  private static String first(Http officer, PayaraMicroServer server, String path, String field) {
    String body = officer.getAs(server.uri(path), "application/json").body();
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonArray list = reader.readArray();
      return list.isEmpty() ? "1" : list.getJsonObject(0).get(field).toString();
    }
  }

  private static JsonObject read(HttpResponse<String> answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }
}
