package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.beans.Introspector;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The JSON schemas of the API's Java types for its OpenAPI document (issue 17): each record is
 * named once in {@code components} and referred to by {@code $ref}; a property is required when its
 * record component is primitive or constrained not to be null, and carries the bounds its
 * constraints set. What JSON-B writes is what the schema says: ids as 64-bit integers, dates as
 * dates, date-times as RFC 3339.
 */
final class ApiSchemas {

  /** The section's own classes: a part of a case is written as JSON-B writes a bean. */
  private static final String OURS = "uk.gov.borough.reintegration.";

  private static final Pattern BEAN_GETTER = Pattern.compile("^(get|is)([A-Z].*)$");

  private final Map<String, Schema> named = new TreeMap<>();
  private final Map<Class<?>, String> names = new HashMap<>();

  /** While a request's schema is made: a primitive it may leave out is not required then. */
  private boolean request;

  /** The records met so far, by the name their {@code $ref} gives. */
  Map<String, Schema> named() {
    return named;
  }

  /**
   * The schema of a request's body: only what it is constrained to send is required; a primitive
   * left out is read as false or 0.
   */
  Schema ofRequest(Type type) {
    request = true;
    try {
      return of(type);
    } finally {
      request = false;
    }
  }

  /** The schema of a Java type: a record becomes a reference to its named schema. */
  Schema of(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      Type[] arguments = generic.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .type(SchemaType.OBJECT)
            .additionalPropertiesSchema(of(arguments[1]));
      }
      if (raw == Optional.class) {
        return of(arguments[0]);
      }
      return of(raw);
    }
    Class<?> java = (Class<?>) type;
    if (java == String.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (java == boolean.class || java == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (java == int.class || java == Integer.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (java == long.class || java == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (java == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (java == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (java == LocalDateTime.class || java == OffsetDateTime.class) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .format("date-time")
          .description(ApiDocument.DATE_TIMES);
    }
    if (java == LocalTime.class) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .pattern("^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$")
          .description("A time of day in the UK, hour:minute, such as 09:30");
    }
    if (java.isEnum()) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .enumeration(
              Arrays.stream(java.getEnumConstants())
                  .map(constant -> (Object) ((Enum<?>) constant).name())
                  .toList());
    }
    if (java.isRecord() || java.getPackageName().startsWith(OURS)) {
      return OASFactory.createSchema().ref(nameOf(java));
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  /** The schema with the bounds the Bean Validation constraints among the annotations set. */
  Schema constrained(Schema schema, Annotation[] annotations) {
    if (schema.getRef() != null) {
      return schema;
    }
    boolean array = schema.getType() == SchemaType.ARRAY;
    for (Annotation annotation : annotations) {
      if (annotation instanceof Size size) {
        if (array) {
          schema.minItems(size.min() > 0 ? size.min() : null);
          schema.maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
        } else {
          schema.minLength(size.min() > 0 ? size.min() : null);
          schema.maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
        }
      } else if (annotation instanceof Min min) {
        schema.minimum(BigDecimal.valueOf(min.value()));
      } else if (annotation instanceof Max max) {
        schema.maximum(BigDecimal.valueOf(max.value()));
      } else if (annotation instanceof DecimalMin min) {
        schema.minimum(new BigDecimal(min.value()));
      } else if (annotation instanceof DecimalMax max) {
        schema.maximum(new BigDecimal(max.value()));
      } else if (annotation instanceof NotBlank && schema.getMinLength() == null) {
        schema.minLength(1);
      } else if (annotation instanceof Email) {
        schema.format("email");
      }
    }
    return schema;
  }

  /**
   * The properties JSON-B writes of a class: a record's components, or a bean's public getters (a
   * part of a case such as its consent or its outcome), each with its Java type and constraints.
   */
  private static List<Property> propertiesOf(Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents())
          .map(
              component ->
                  new Property(
                      component.getName(),
                      component.getGenericType(),
                      component.getType().isPrimitive(),
                      constraintsOf(type, component)))
          .toList();
    }
    return Arrays.stream(type.getMethods())
        .filter(
            method -> method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers()))
        .filter(method -> method.getDeclaringClass() != Object.class)
        .filter(method -> BEAN_GETTER.matcher(method.getName()).matches())
        .filter(
            method -> !method.getName().startsWith("is") || method.getReturnType() == boolean.class)
        .sorted(Comparator.comparing(Method::getName))
        .map(
            method ->
                new Property(
                    Introspector.decapitalize(
                        BEAN_GETTER.matcher(method.getName()).replaceFirst("$2")),
                    method.getGenericReturnType(),
                    method.getReturnType().isPrimitive(),
                    new Annotation[0]))
        .toList();
  }

  /** A property as JSON-B writes it: its name, its Java type, and its constraints. */
  private record Property(String name, Type type, boolean primitive, Annotation[] constraints) {}

  /** The record's name in components, its schema made the first time it is met. */
  private String nameOf(Class<?> record) {
    String name = names.get(record);
    if (name != null) {
      return name;
    }
    name =
        named.containsKey(record.getSimpleName()) && record.getEnclosingClass() != null
            ? record.getEnclosingClass().getSimpleName() + record.getSimpleName()
            : record.getSimpleName();
    names.put(record, name);
    // Placed before its properties are made, so that a record met again inside refers to it
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    named.put(name, schema);
    List<String> required = new ArrayList<>();
    for (Property property : propertiesOf(record)) {
      Schema value = constrained(of(property.type()), property.constraints());
      // An answer always holds its primitives
      if ((property.primitive() && !request)
          || Arrays.stream(property.constraints())
              .anyMatch(
                  a -> a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty)) {
        required.add(property.name());
      } else if (request && value.getRef() == null) {
        // A request may send null for what it may leave out; an answer leaves it out
        value.nullable(true);
      }
      schema.addProperty(property.name(), value);
    }
    if (!required.isEmpty()) {
      schema.required(required);
    }
    return name;
  }

  /** A record component's constraints: Bean Validation places them on its field. */
  private static Annotation[] constraintsOf(Class<?> record, RecordComponent component) {
    try {
      return record.getDeclaredField(component.getName()).getAnnotations();
    } catch (NoSuchFieldException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
