package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.interfaces.rest.calendar.CalendarsResource;
import uk.gov.borough.reintegration.interfaces.rest.calendar.EstablishmentCalendarResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseLeadsResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CasePlanResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseRecordsResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseStepsResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CasesResource;
import uk.gov.borough.reintegration.interfaces.rest.establishment.EstablishmentsResource;
import uk.gov.borough.reintegration.interfaces.rest.hearing.HearingsResource;
import uk.gov.borough.reintegration.test.ApiContract;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/** The MicroProfile OpenAPI document at /openapi lists every operation of every resource. */
@ExtendWith(DeployedApplication.class)
class OpenApiHttpIT {

  private static final List<Class<?>> RESOURCES =
      List.of(
          CasesResource.class,
          CaseStepsResource.class,
          CasePlanResource.class,
          CaseRecordsResource.class,
          CaseLeadsResource.class,
          HearingsResource.class,
          EstablishmentsResource.class,
          CalendarsResource.class,
          EstablishmentCalendarResource.class);

  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

  @Test
  void everyOperationOfTheApiIsDocumented(PayaraMicroServer server) {
    HttpResponse<String> document = Http.get(server.uri(ApiContract.DOCUMENT), "application/json");
    assertEquals(200, document.statusCode(), document.body());
    JsonObject paths;
    try (JsonReader reader = Json.createReader(new StringReader(document.body()))) {
      paths = reader.readObject().getJsonObject("paths");
    }

    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (Class<?> resource : RESOURCES) {
      String root = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
          if (method.isAnnotationPresent(verb.getKey())) {
            operations++;
            Path sub = method.getAnnotation(Path.class);
            String path = "/api/" + root + (sub == null ? "" : "/" + sub.value());
            JsonObject documented = paths.getJsonObject(path);
            if (documented == null || !documented.containsKey(verb.getValue())) {
              missing.add(verb.getValue().toUpperCase(Locale.ROOT) + " " + path);
            }
          }
        }
      }
    }
    System.out.printf(
        "OpenAPI: %d operations documented, %d missing%n", operations, missing.size());
    assertTrue(operations > 40, "operations found: " + operations);
    assertEquals(List.of(), missing, "documented paths: " + paths.keySet());
  }

  /**
   * Issue 17: the served document passes Redocly's recommended rules and Spectral's OpenAPI rules
   * with no error. The linters come from the npm registry, at the versions .ci/contract pins
   * ({@code bash .ci/api-linters}, which the test command runs).
   */
  @Test
  void theServedDocumentPassesBothLinters(PayaraMicroServer server) throws Exception {
    HttpResponse<String> document = Http.get(server.uri(ApiContract.DOCUMENT), "application/json");
    assertEquals(200, document.statusCode(), document.body());
    java.nio.file.Path file = java.nio.file.Path.of("target", "openapi.json");
    java.nio.file.Files.writeString(file, document.body());
    java.nio.file.Path linters = java.nio.file.Path.of(".ci", "contract", "node_modules", ".bin");
    assertTrue(
        java.nio.file.Files.isExecutable(linters.resolve("redocly"))
            && java.nio.file.Files.isExecutable(linters.resolve("spectral")),
        "The OpenAPI linters are not installed: run bash .ci/api-linters");

    JsonObject redocly =
        Json.createReader(
                new StringReader(
                    linted(
                        linters.resolve("redocly").toString(),
                        "lint",
                        "--config",
                        ".ci/contract/redocly.yaml",
                        "--format",
                        "json",
                        file.toString())))
            .readObject();
    List<JsonObject> spectral =
        Json.createReader(
                new StringReader(
                    linted(
                        linters.resolve("spectral").toString(),
                        "lint",
                        "--ruleset",
                        ".ci/contract/.spectral.yaml",
                        "--format",
                        "json",
                        "--quiet",
                        file.toString())))
            .readArray()
            .getValuesAs(JsonObject.class);
    JsonObject totals = redocly.getJsonObject("totals");
    List<String> spectralErrors =
        spectral.stream()
            .filter(result -> result.getInt("severity") == 0)
            .map(
                result ->
                    result.getString("code")
                        + " at "
                        + result.get("path")
                        + ": "
                        + result.getString("message"))
            .toList();
    System.out.printf(
        "OpenAPI linters: Redocly (recommended) %d errors, %d warnings; Spectral (spectral:oas)"
            + " %d errors, %d warnings%n",
        totals.getInt("errors"),
        totals.getInt("warnings"),
        spectralErrors.size(),
        spectral.stream().filter(result -> result.getInt("severity") == 1).count());
    assertEquals(0, totals.getInt("errors"), redocly.getJsonArray("problems").toString());
    assertEquals(List.of(), spectralErrors);
  }

  /**
   * Issue 17: the served document is the snapshot the build generates its Java client from
   * (GeneratedClientHttpIT), so a change to the API shows as a change to a reviewed file. When the
   * API changes, review target/openapi.json against the snapshot (README, "Versioning") and copy it
   * over.
   */
  @Test
  void theServedDocumentIsTheSnapshotTheClientIsGeneratedFrom(PayaraMicroServer server)
      throws Exception {
    HttpResponse<String> served = Http.get(server.uri(ApiContract.DOCUMENT), "application/json");
    java.nio.file.Path snapshot =
        java.nio.file.Path.of("src", "test", "resources", "openapi", "reintegration.json");
    java.nio.file.Path current = java.nio.file.Path.of("target", "openapi-served.json");
    java.nio.file.Files.writeString(current, served.body());
    try (JsonReader servedReader = Json.createReader(new StringReader(served.body()));
        JsonReader snapshotReader =
            Json.createReader(
                new StringReader(
                    java.nio.file.Files.readString(snapshot, StandardCharsets.UTF_8)))) {
      assertEquals(
          snapshotReader.readObject(),
          servedReader.readObject(),
          "The API's document changed: review "
              + current
              + " against "
              + snapshot
              + " and copy it over");
    }
  }

  /** What a linter printed, run on this machine with its telemetry and update notice off. */
  private static String linted(String... command) throws Exception {
    ProcessBuilder linter = new ProcessBuilder(command).redirectErrorStream(false);
    linter.environment().put("REDOCLY_TELEMETRY", "off");
    linter.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    linter.environment().put("NO_UPDATE_NOTIFIER", "1");
    linter.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process running = linter.start();
    String printed = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(running.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " hung");
    int json =
        Math.min(
            printed.indexOf('{') < 0 ? Integer.MAX_VALUE : printed.indexOf('{'),
            printed.indexOf('[') < 0 ? Integer.MAX_VALUE : printed.indexOf('['));
    assertTrue(json < Integer.MAX_VALUE, String.join(" ", command) + " printed: " + printed);
    return printed.substring(json);
  }
}
