package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
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
 * The OpenAPI document at {@code /openapi}, built from the resource classes themselves: every
 * operation with its path and query parameters, its JSON body and the answers DESIGN.md's "API
 * conventions" give. Payara's own annotation scan is switched off (it fails on constraints on a
 * request record's components, payara/Payara#7649), so the document is made here instead.
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

  private static final Map<Class<? extends Annotation>, BiFunction<PathItem, Operation, PathItem>>
      VERBS =
          Map.of(
              GET.class,
              PathItem::GET,
              POST.class,
              PathItem::POST,
              PUT.class,
              PathItem::PUT,
              DELETE.class,
              PathItem::DELETE);

  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "Malformed request: the body names each bad field",
          "401", "Not signed in",
          "403", "A case you can see, but your role does not carry this action",
          "404", "No such case, or not among the cases you can see (the same answer)",
          "409", "Someone saved first (stale version), or the step is out of place",
          "422", "Refused by a hard rule of the policy: names the rule (R1-R15) and says why",
          "503", "Not ready: the database is away; nothing was changed");

  private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");

  @Override
  public OpenAPI buildModel() {
    Paths paths = OASFactory.createPaths();
    for (Class<?> resource : RESOURCES) {
      String root = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        VERBS.forEach(
            (verb, add) -> {
              if (method.isAnnotationPresent(
                  verb.asSubclass(java.lang.annotation.Annotation.class))) {
                Path sub = method.getAnnotation(Path.class);
                String path = "/api/" + root + (sub == null ? "" : "/" + sub.value());
                PathItem item =
                    paths.getPathItems() != null && paths.getPathItems().containsKey(path)
                        ? paths.getPathItem(path)
                        : OASFactory.createPathItem();
                add.apply(item, operation(resource, method, path));
                paths.addPathItem(path, item);
              }
            });
      }
    }
    return OASFactory.createOpenAPI()
        .openapi("3.0.3")
        .info(
            OASFactory.createInfo()
                .title("Reintegration")
                .version("1")
                .description(
                    "The borough's reintegration policy as a JSON API: cases, referral, IYFAP"
                        + " hearings and decisions, meetings, the phased return, evaluations,"
                        + " endings, sign-offs, the roll, deadlines and calendars. Errors are"
                        + " JSON: status, error, message, fields, and for 422 the rule."))
        .paths(paths);
  }

  private static Operation operation(Class<?> resource, Method method, String path) {
    Operation operation =
        OASFactory.createOperation()
            .operationId(resource.getSimpleName() + "." + method.getName())
            .addTag(resource.getSimpleName().replace("Resource", ""));
    Matcher template = TEMPLATE.matcher(path);
    while (template.find()) {
      operation.addParameter(
          parameter(template.group(1), Parameter.In.PATH, true, schemaOf(String.class)));
    }
    for (java.lang.reflect.Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      if (query != null) {
        operation.addParameter(
            parameter(query.value(), Parameter.In.QUERY, false, schemaOf(parameter.getType())));
      } else if (parameter.getAnnotation(PathParam.class) == null
          && parameter.getAnnotation(Context.class) == null) {
        operation.requestBody(
            OASFactory.createRequestBody()
                .required(true)
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            consumed(resource, method),
                            OASFactory.createMediaType()
                                .schema(schemaOf(parameter.getParameterizedType())))));
      }
    }
    APIResponses responses = OASFactory.createAPIResponses();
    responses.addAPIResponse(
        method.isAnnotationPresent(POST.class) && method.getReturnType() != List.class
            ? "2XX"
            : "200",
        OASFactory.createAPIResponse()
            .description("Done")
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "application/json",
                        OASFactory.createMediaType()
                            .schema(schemaOf(method.getGenericReturnType())))));
    ERRORS.forEach(
        (status, meaning) ->
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(meaning)));
    return operation.responses(responses);
  }

  private static Parameter parameter(
      String name, Parameter.In in, boolean required, Schema schema) {
    return OASFactory.createParameter().name(name).in(in).required(required).schema(schema);
  }

  private static String consumed(Class<?> resource, Method method) {
    Consumes consumes =
        method.isAnnotationPresent(Consumes.class)
            ? method.getAnnotation(Consumes.class)
            : resource.getAnnotation(Consumes.class);
    return consumes == null ? "application/json" : consumes.value()[0];
  }

  /** A JSON schema of a Java type: records become objects of their components. */
  private static Schema schemaOf(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.ARRAY)
            .items(schemaOf(generic.getActualTypeArguments()[0]));
      }
      return schemaOf(raw);
    }
    Class<?> java = (Class<?>) type;
    if (java == String.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (java == boolean.class || java == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (java == int.class || java == Integer.class || java == long.class || java == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER);
    }
    if (java == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (java == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (java == LocalDateTime.class || java == OffsetDateTime.class || java == LocalTime.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (java.isEnum()) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .enumeration(Arrays.stream(java.getEnumConstants()).map(Object.class::cast).toList());
    }
    Schema object = OASFactory.createSchema().type(SchemaType.OBJECT);
    if (java.isRecord()) {
      for (RecordComponent component : java.getRecordComponents()) {
        object.addProperty(component.getName(), schemaOf(component.getGenericType()));
      }
    }
    return object;
  }
}
