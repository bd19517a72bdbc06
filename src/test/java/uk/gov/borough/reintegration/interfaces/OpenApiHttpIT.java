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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    HttpResponse<String> document = Http.get(server.uri("/openapi"), "application/json");
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
}
