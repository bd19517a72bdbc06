package uk.gov.borough.reintegration.test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Every answer the API tests receive, checked against the OpenAPI document the same server serves
 * (issue 17), as a validating proxy would check it: the status is one the operation lists, the
 * media type one it gives for that status, and the body valid by its schema (types, formats,
 * enumerations, required properties, bounds, no property the schema does not name). A violation
 * fails the test that made the request, naming the operation and what is wrong; the counts are
 * printed when the suite's servers stop.
 */
public final class ApiContract {

  private static final String API = "/reintegration/api/";

  /** Where the served document is read from (ApiContractResource). */
  public static final String DOCUMENT = API + "openapi.json";

  private static final Map<String, ApiContract> BY_SERVER = new ConcurrentHashMap<>();
  private static final AtomicInteger CHECKED = new AtomicInteger();
  private static final AtomicInteger OUTSIDE = new AtomicInteger();
  private static final AtomicInteger UNREADY = new AtomicInteger();
  private static final Set<String> OPERATIONS_SEEN = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger OPERATIONS_IN_ALL = new AtomicInteger();
  // The 409 and 422 refusals each operation declares (@Refuses), and those the suite met
  private static final Set<String> REFUSALS_DECLARED = ConcurrentHashMap.newKeySet();
  private static final Set<String> REFUSALS_MET = ConcurrentHashMap.newKeySet();

  private final JsonObject document;
  private final List<Operation> operations = new ArrayList<>();

  /** An operation of the document: its verb, its path as a pattern, and its description. */
  private record Operation(String verb, String template, Pattern path, JsonObject described) {}

  private ApiContract(JsonObject document) {
    this.document = document;
    document
        .getJsonObject("paths")
        .forEach(
            (template, item) ->
                item.asJsonObject()
                    .forEach(
                        (verb, described) ->
                            operations.add(
                                new Operation(
                                    verb.toUpperCase(Locale.ROOT),
                                    template,
                                    Pattern.compile(
                                        "/reintegration"
                                            + template.replaceAll("\\{\\w+}", "[^/]+")),
                                    described.asJsonObject()))));
    operations.forEach(
        o ->
            o.described().getJsonObject("responses").keySet().stream()
                .filter(status -> status.equals("409") || status.equals("422"))
                .forEach(
                    status -> REFUSALS_DECLARED.add(o.verb() + " " + o.template() + " " + status)));
    // The most literal template first: /cases/{id}/leads/{role}/known before /cases/{id}/...
    operations.sort(
        Comparator.comparingLong(o -> o.template().chars().filter(c -> c == '{').count()));
  }

  /**
   * Checks an answer of the API against the document of the server that gave it.
   *
   * @throws AssertionError naming the operation and each violation
   */
  static void check(HttpRequest request, HttpResponse<?> answer) {
    URI uri = request.uri();
    if (!uri.getPath().startsWith(API)
        || uri.getPath().equals(DOCUMENT)
        || !(answer.body() instanceof String body)) {
      return;
    }
    String server = uri.getScheme() + "://" + uri.getAuthority();
    ApiContract contract =
        BY_SERVER.computeIfAbsent(
            server, at -> documentOf(URI.create(at)).map(ApiContract::new).orElse(null));
    if (contract == null) {
      // The server is not ready (its database is away): the answer is checked by its own test
      UNREADY.incrementAndGet();
      return;
    }
    Optional<Operation> operation =
        contract.operations.stream()
            .filter(o -> o.verb().equals(request.method()))
            .filter(o -> o.path().matcher(uri.getPath()).matches())
            .findFirst();
    if (operation.isEmpty()) {
      // A verb or path the document does not have (a test of 404 and 405): nothing to hold it to
      OUTSIDE.incrementAndGet();
      return;
    }
    CHECKED.incrementAndGet();
    OPERATIONS_SEEN.add(operation.get().verb() + " " + operation.get().template());
    OPERATIONS_IN_ALL.accumulateAndGet(contract.operations.size(), Math::max);
    if (answer.statusCode() == 409 || answer.statusCode() == 422) {
      REFUSALS_MET.add(
          operation.get().verb() + " " + operation.get().template() + " " + answer.statusCode());
    }
    List<String> violations = contract.violations(operation.get(), answer, body);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          request.method()
              + " "
              + operation.get().template()
              + " answered "
              + answer.statusCode()
              + " outside its OpenAPI description: "
              + String.join("; ", violations)
              + "\n"
              + (body.length() > 600 ? body.substring(0, 600) + "..." : body));
    }
  }

  /** How many answers were checked, and how many were to paths or verbs the API does not have. */
  static String counts() {
    return String.format(
        "API contract: %d answers to %d of the document's %d operations checked against it,"
            + " 0 violations (a violation fails its test); %d to paths or verbs it does not have,"
            + " %d while its server had no document to give (not ready); %d of the %d 409 and 422"
            + " refusals the operations declare were answered",
        CHECKED.get(),
        OPERATIONS_SEEN.size(),
        OPERATIONS_IN_ALL.get(),
        OUTSIDE.get(),
        UNREADY.get(),
        REFUSALS_MET.size(),
        REFUSALS_DECLARED.size());
  }

  private List<String> violations(Operation operation, HttpResponse<?> answer, String body) {
    List<String> violations = new ArrayList<>();
    JsonObject responses = operation.described().getJsonObject("responses");
    JsonObject response =
        responses.containsKey(String.valueOf(answer.statusCode()))
            ? responses.getJsonObject(String.valueOf(answer.statusCode()))
            : responses.getJsonObject("default");
    if (response == null) {
      violations.add("status " + answer.statusCode() + " is not among " + responses.keySet());
      return violations;
    }
    if (!response.containsKey("content") || body.isEmpty()) {
      return violations;
    }
    String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    JsonObject media = response.getJsonObject("content").getJsonObject(type);
    if (media == null) {
      violations.add(
          "media type " + type + " is not among " + response.getJsonObject("content").keySet());
      return violations;
    }
    if (!type.endsWith("json")) {
      return violations;
    }
    JsonValue json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readValue();
    } catch (JsonException e) {
      violations.add("the body is not JSON");
      return violations;
    }
    check(json, media.getJsonObject("schema"), "body", violations);
    return violations;
  }

  /** Adds what is wrong with the value by the schema, each with where it is. */
  private void check(JsonValue value, JsonObject schema, String at, List<String> violations) {
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      check(
          value,
          document
              .getJsonObject("components")
              .getJsonObject("schemas")
              .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)),
          at,
          violations);
      return;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (!schema.getBoolean("nullable", false)) {
        violations.add(at + " is null");
      }
      return;
    }
    String type = schema.getString("type", "");
    switch (type) {
      case "string" -> string(value, schema, at, violations);
      case "integer", "number" -> number(value, schema, type, at, violations);
      case "boolean" -> {
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
          violations.add(at + " is not a boolean");
        }
      }
      case "array" -> {
        if (!(value instanceof JsonArray array)) {
          violations.add(at + " is not an array");
          return;
        }
        for (int i = 0; i < array.size(); i++) {
          check(array.get(i), schema.getJsonObject("items"), at + "[" + i + "]", violations);
        }
      }
      case "object" -> object(value, schema, at, violations);
      default -> violations.add(at + ": the schema has no type");
    }
  }

  private void object(JsonValue value, JsonObject schema, String at, List<String> violations) {
    if (!(value instanceof JsonObject object)) {
      violations.add(at + " is not an object");
      return;
    }
    for (JsonValue required :
        schema.getJsonArray("required") == null
            ? List.<JsonValue>of()
            : schema.getJsonArray("required")) {
      if (!object.containsKey(((JsonString) required).getString())) {
        violations.add(at + " lacks " + ((JsonString) required).getString() + ", required");
      }
    }
    JsonObject properties = schema.getJsonObject("properties");
    JsonObject additional = schema.getJsonObject("additionalProperties");
    object.forEach(
        (name, property) -> {
          if (properties != null && properties.containsKey(name)) {
            check(property, properties.getJsonObject(name), at + "." + name, violations);
          } else if (additional != null) {
            check(property, additional, at + "." + name, violations);
          } else {
            violations.add(at + "." + name + " is not in the schema");
          }
        });
  }

  private static void string(
      JsonValue value, JsonObject schema, String at, List<String> violations) {
    if (!(value instanceof JsonString string)) {
      violations.add(at + " is not a string");
      return;
    }
    String text = string.getString();
    try {
      switch (schema.getString("format", "")) {
        case "date" -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        case "date-time" -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        default -> {
          // Any other string
        }
      }
    } catch (DateTimeParseException e) {
      violations.add(at + " is not an RFC 3339 " + schema.getString("format") + ": " + text);
    }
    if (schema.containsKey("enum")
        && schema.getJsonArray("enum").stream()
            .noneMatch(allowed -> ((JsonString) allowed).getString().equals(text))) {
      violations.add(at + " is " + text + ", not one of " + schema.getJsonArray("enum"));
    }
    if (schema.containsKey("maxLength") && text.length() > schema.getInt("maxLength")) {
      violations.add(at + " is longer than " + schema.getInt("maxLength"));
    }
    if (schema.containsKey("pattern")
        && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
      violations.add(at + " does not match " + schema.getString("pattern"));
    }
  }

  private static void number(
      JsonValue value, JsonObject schema, String type, String at, List<String> violations) {
    if (!(value instanceof JsonNumber number)) {
      violations.add(at + " is not a number");
      return;
    }
    if (type.equals("integer") && !number.isIntegral()) {
      violations.add(at + " is not a whole number");
    }
    if (schema.containsKey("minimum")
        && number.bigDecimalValue().compareTo(schema.getJsonNumber("minimum").bigDecimalValue())
            < 0) {
      violations.add(at + " is below " + schema.get("minimum"));
    }
    if (schema.containsKey("maximum")
        && number.bigDecimalValue().compareTo(schema.getJsonNumber("maximum").bigDecimalValue())
            > 0) {
      violations.add(at + " is above " + schema.get("maximum"));
    }
  }

  /** The server's document; none while it is not ready, as a server without its database. */
  private static Optional<JsonObject> documentOf(URI server) {
    HttpResponse<String> served = Http.get(server.resolve(DOCUMENT), "application/json");
    if (served.statusCode() == 503) {
      return Optional.empty();
    }
    if (served.statusCode() != 200) {
      throw new AssertionError("No OpenAPI document at " + server + ": " + served.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(served.body()))) {
      return Optional.of(reader.readObject());
    }
  }
}
