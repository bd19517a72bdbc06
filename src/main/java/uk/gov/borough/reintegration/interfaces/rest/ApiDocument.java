package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import uk.gov.borough.reintegration.interfaces.rest.calendar.CalendarsResource;
import uk.gov.borough.reintegration.interfaces.rest.calendar.EstablishmentCalendarResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseLeadsResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CasePlanResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseRecordsResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CaseStepsResource;
import uk.gov.borough.reintegration.interfaces.rest.cases.CasesResource;
import uk.gov.borough.reintegration.interfaces.rest.establishment.EstablishmentsResource;
import uk.gov.borough.reintegration.interfaces.rest.hearing.HearingsResource;

/**
 * The OpenAPI document at {@code /openapi}, built from the resource classes themselves (issue 17):
 * every operation with its summary and description ({@code @Operation}), its tag (the resource's
 * {@code @Tag}), its path and query parameters with their types and bounds, its body, its success
 * answer with its real status and media type, the problem details of each failure, the headers and
 * the security schemes. The schemas of records are named in {@code components} ({@link
 * ApiSchemas}). Payara's own annotation scan is switched off (it fails on constraints on a request
 * record's components, payara/Payara#7649), so the document is made here instead.
 */
public class ApiDocument implements OASModelReader {

  /** Every resource of the API: a new one is added here and in OpenApiHttpIT. */
  static final List<Class<?>> RESOURCES =
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
      Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");

  private static final String PROBLEM = "Problem";

  /** How the API writes and reads date-times, said on each and in the document. */
  static final String DATE_TIMES =
      "RFC 3339: answers give UTC (2026-11-13T14:00:00Z); a request may give any offset, and a"
          + " time without one is read as UK time (Europe/London).";

  private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

  @Override
  public OpenAPI buildModel() {
    ApiSchemas schemas = new ApiSchemas();
    Paths paths = OASFactory.createPaths();
    List<org.eclipse.microprofile.openapi.models.tags.Tag> tags = new ArrayList<>();
    for (Class<?> resource : RESOURCES) {
      Tag tag = resource.getAnnotation(Tag.class);
      tags.add(OASFactory.createTag().name(tag.name()).description(tag.description()));
      String root = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        verbOf(method)
            .ifPresent(
                verb -> {
                  Path sub = method.getAnnotation(Path.class);
                  String path = "/api/" + root + (sub == null ? "" : "/" + sub.value());
                  PathItem item =
                      paths.getPathItems() != null && paths.getPathItems().containsKey(path)
                          ? paths.getPathItem(path)
                          : OASFactory.createPathItem();
                  item.setOperation(
                      PathItem.HttpMethod.valueOf(verb),
                      operation(resource, method, path, verb, tag.name(), schemas));
                  paths.addPathItem(path, item);
                });
      }
    }
    Components components =
        OASFactory.createComponents()
            .schemas(schemas.named())
            .addSchema(PROBLEM, problemSchema())
            .addSecurityScheme(
                "bearer",
                OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description(
                        "An access token from the borough's OpenID Connect provider, issued to"
                            + " this section (its audience)."));
    if (demoLogins()) {
      components.addSecurityScheme(
          "basic",
          OASFactory.createSecurityScheme()
              .type(SecurityScheme.Type.HTTP)
              .scheme("basic")
              .description("The demo logins: only while reintegration.demo-logins is on."));
    }
    return OASFactory.createOpenAPI()
        .openapi("3.0.3")
        .info(
            OASFactory.createInfo()
                .title("Reintegration")
                .version("1.2")
                .description(
                    "The borough's reintegration policy as a JSON API: cases, referral, IYFAP"
                        + " hearings and decisions, meetings, the phased return, evaluations,"
                        + " endings, sign-offs, the roll, deadlines and calendars. Every failure"
                        + " is RFC 9457 problem details (application/problem+json). Date-times"
                        + " are "
                        + DATE_TIMES
                        + " A write takes the case's version as read and answers 409 when someone"
                        + " saved first."))
        .servers(List.of(OASFactory.createServer().url("/reintegration")))
        .security(security())
        .tags(tags)
        .paths(paths)
        .components(components);
  }

  private static Optional<String> verbOf(Method method) {
    return VERBS.entrySet().stream()
        .filter(verb -> method.isAnnotationPresent(verb.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static Operation operation(
      Class<?> resource, Method method, String path, String verb, String tag, ApiSchemas schemas) {
    org.eclipse.microprofile.openapi.annotations.Operation described =
        method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
    if (described == null) {
      throw new IllegalStateException(
          resource.getSimpleName() + "." + method.getName() + " has no @Operation to document");
    }
    Operation operation =
        OASFactory.createOperation()
            .operationId(operationId(resource, method))
            .summary(described.summary())
            .description(described.description())
            .addTag(tag)
            .security(security());
    Matcher template = TEMPLATE.matcher(path);
    while (template.find()) {
      String name = template.group(1);
      operation.addParameter(
          OASFactory.createParameter()
              .name(name)
              .in(Parameter.In.PATH)
              .required(true)
              .schema(schemas.of(pathParameterType(resource, method, name))));
    }
    boolean body = false;
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        operation.addParameter(queryParameter(query.value(), parameter, schemas));
      } else if (parameter.getAnnotation(PathParam.class) == null
          && parameter.getAnnotation(Context.class) == null) {
        body = true;
        operation.requestBody(
            OASFactory.createRequestBody()
                .required(true)
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            consumed(resource, method),
                            OASFactory.createMediaType()
                                .schema(schemas.ofRequest(parameter.getParameterizedType())))));
      }
    }
    return operation.responses(responses(method, path, verb, body, schemas));
  }

  /** The success the operation answers, then each failure it can answer, as problem details. */
  private static APIResponses responses(
      Method method, String path, String verb, boolean body, ApiSchemas schemas) {
    APIResponses responses = OASFactory.createAPIResponses();
    APIResponse created = method.getAnnotation(APIResponse.class);
    if (created != null) {
      org.eclipse.microprofile.openapi.models.responses.APIResponse answer =
          OASFactory.createAPIResponse()
              .description(created.description())
              .content(
                  content(
                      schemas.of(created.content()[0].schema().implementation()),
                      MediaType.APPLICATION_JSON));
      if (created.responseCode().equals("201")) {
        answer.addHeader("Location", header("Where the new record is read", "uri"));
      }
      responses.addAPIResponse(created.responseCode(), answer);
    } else if (method.getReturnType() == Response.class) {
      responses.addAPIResponse(
          "200",
          OASFactory.createAPIResponse()
              .description("The file")
              .content(
                  content(
                      OASFactory.createSchema().type(SchemaType.STRING).format("binary"),
                      produced(method))));
    } else {
      responses.addAPIResponse(
          "200",
          OASFactory.createAPIResponse()
              .description("Done")
              .content(
                  content(schemas.of(method.getGenericReturnType()), MediaType.APPLICATION_JSON)));
    }
    Map<String, String> failures = new TreeMap<>();
    if (body || method.getParameterCount() > 0) {
      failures.put("400", "Malformed request: the problem names each bad field");
    }
    failures.put(
        "401", "Not signed in, or the token is expired, not signed by the provider or not ours");
    failures.put("403", "Your role, or your place on the case, does not carry this action");
    if (path.contains("{")) {
      failures.put("404", "No such record, or not among the cases you can see (the same answer)");
    }
    failures.put("406", "The Accept header excludes what the call answers in");
    boolean write = !verb.equals("GET");
    refusalsOf(method, write)
        .collect(Collectors.groupingBy(Refusal::status, TreeMap::new, Collectors.toList()))
        .forEach(
            (status, refusals) ->
                failures.put(
                    String.valueOf(status),
                    refusals.stream().map(Refusal::meaning).collect(Collectors.joining("; or "))));
    if (body) {
      failures.put("413", "The body is larger than the section takes");
      failures.put("415", "The body is not JSON");
    }
    if (write && method.getAnnotation(BulkAction.class) == null) {
      failures.put("429", "More writes than one person may make a minute: wait and send again");
    }
    failures.put("503", "Not ready: the database is away; nothing was changed");
    failures.forEach(
        (status, meaning) -> {
          org.eclipse.microprofile.openapi.models.responses.APIResponse failure =
              OASFactory.createAPIResponse()
                  .description(meaning)
                  .content(content(OASFactory.createSchema().ref(PROBLEM), ApiError.PROBLEM_JSON));
          if (status.equals("401")) {
            failure.addHeader(
                "WWW-Authenticate", header("The scheme to authenticate with (RFC 6750)", null));
          }
          if (status.equals("429") || status.equals("503")) {
            failure.addHeader("Retry-After", header("Seconds to wait before trying again", null));
          }
          responses.addAPIResponse(status, failure);
        });
    return responses;
  }

  /**
   * The refusals a write declares beside its service call; a write that declares none is a fault.
   */
  private static Stream<Refusal> refusalsOf(Method method, boolean write) {
    Refuses declared = method.getAnnotation(Refuses.class);
    if (write && declared == null) {
      throw new IllegalStateException(
          method.getDeclaringClass().getSimpleName()
              + "."
              + method.getName()
              + " does not declare its refusals (@Refuses)");
    }
    return declared == null ? Stream.empty() : Arrays.stream(declared.value());
  }

  /** As a generated client names the call: casesOpenReferral, caseStepsRecordApStart. */
  private static String operationId(Class<?> resource, Method method) {
    String of = resource.getSimpleName().replace("Resource", "");
    return Character.toLowerCase(of.charAt(0))
        + of.substring(1)
        + Character.toUpperCase(method.getName().charAt(0))
        + method.getName().substring(1);
  }

  private static org.eclipse.microprofile.openapi.models.media.Content content(
      Schema schema, String mediaType) {
    return OASFactory.createContent()
        .addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
  }

  private static Header header(String description, String format) {
    Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
    return OASFactory.createHeader()
        .description(description)
        .schema(format == null ? schema : schema.format(format));
  }

  /** RFC 9457 problem details, with the section's own members ({@link ApiError}). */
  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().type(SchemaType.STRING);
    return OASFactory.createSchema()
        .type(SchemaType.OBJECT)
        .description("RFC 9457 problem details; error and message repeat title and detail")
        .required(List.of("type", "title", "status", "detail"))
        .addProperty("type", OASFactory.createSchema().type(SchemaType.STRING).format("uri"))
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
        .addProperty("detail", text)
        .addProperty("error", text)
        .addProperty("message", text)
        .addProperty(
            "fields",
            OASFactory.createSchema()
                .type(SchemaType.ARRAY)
                .items(
                    OASFactory.createSchema()
                        .type(SchemaType.OBJECT)
                        .required(List.of("field", "problem"))
                        .addProperty("field", text)
                        .addProperty("problem", text)))
        .addProperty(
            "rule",
            OASFactory.createSchema()
                .type(SchemaType.STRING)
                .description("The policy's rule that refused the step, R1-R15 (422 only)"));
  }

  /** Bearer tokens always; the demo logins' Basic only while they are on. */
  private static List<SecurityRequirement> security() {
    List<SecurityRequirement> schemes = new ArrayList<>();
    schemes.add(OASFactory.createSecurityRequirement().addScheme("bearer"));
    if (demoLogins()) {
      schemes.add(OASFactory.createSecurityRequirement().addScheme("basic"));
    }
    return schemes;
  }

  private static boolean demoLogins() {
    return ConfigProvider.getConfig()
        .getOptionalValue("reintegration.demo-logins", Boolean.class)
        .orElse(false);
  }

  /**
   * A query parameter with its type ({@code @Schema(implementation)} where the Java type is only a
   * string the resource reads), bounds and default.
   */
  private static Parameter queryParameter(
      String name, java.lang.reflect.Parameter parameter, ApiSchemas schemas) {
    org.eclipse.microprofile.openapi.annotations.media.Schema as =
        parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    Schema schema =
        schemas.constrained(
            schemas.of(as == null ? parameter.getType() : as.implementation()),
            parameter.getAnnotations());
    DefaultValue given = parameter.getAnnotation(DefaultValue.class);
    if (given != null) {
      schema.defaultValue(
          schema.getType() == SchemaType.INTEGER
              ? (Object) Long.valueOf(given.value())
              : given.value());
    }
    return OASFactory.createParameter()
        .name(name)
        .in(Parameter.In.QUERY)
        .required(false)
        .description(as == null ? null : as.description())
        .schema(schema);
  }

  /** The Java type a path parameter is bound to, on the method or on the resource's field. */
  private static Class<?> pathParameterType(Class<?> resource, Method method, String name) {
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      PathParam path = parameter.getAnnotation(PathParam.class);
      if (path != null && path.value().equals(name)) {
        return parameter.getType();
      }
    }
    for (Field field : resource.getDeclaredFields()) {
      PathParam path = field.getAnnotation(PathParam.class);
      if (path != null && path.value().equals(name)) {
        return field.getType();
      }
    }
    return String.class;
  }

  private static String consumed(Class<?> resource, Method method) {
    Consumes consumes =
        method.isAnnotationPresent(Consumes.class)
            ? method.getAnnotation(Consumes.class)
            : resource.getAnnotation(Consumes.class);
    return consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
  }

  private static String produced(Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
  }
}
