package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a JSON request against the record it is bound to before JSON-B sees it, because JSON-B is
 * lenient where a pupil's record cannot afford it: it reads {@code "yes"} as false, wraps a number
 * that overflows its field, and takes the year -0001. Each problem names its field by its path
 * ({@code attendees[2].role}), so a client is told what to correct and nothing wrong is stored.
 */
public final class StrictJson {

  /** Dates a case can hold, unless a field says otherwise: none of the policy's are older. */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** Percentages and other decimals: digits before and after the point. */
  private static final int MOST_WHOLE_DIGITS = 12;

  private static final int MOST_DECIMAL_PLACES = 6;

  private static final Map<Class<?>, long[]> WHOLE_NUMBER_RANGES =
      Map.of(
          long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
          Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE});

  private final List<ApiError.FieldProblem> problems = new ArrayList<>();

  private StrictJson() {}

  /** What is wrong with the value as the type, field by field; empty when it may be bound. */
  public static List<ApiError.FieldProblem> problems(JsonValue value, Type type) {
    StrictJson check = new StrictJson();
    check.value(value, type, "body");
    return List.copyOf(check.problems);
  }

  private void value(JsonValue value, Type type, String field) {
    Class<?> raw = rawClass(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        refuse(field, "must not be null: " + expected(raw));
      }
      // A missing value is the constraints' to judge (@NotNull names what to give)
      return;
    }
    if (raw.isRecord() || isBean(raw)) {
      object(value, raw, field);
    } else if (Collection.class.isAssignableFrom(raw)) {
      list(value, elementType(type), field);
    } else if (raw == String.class) {
      text(value, field);
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value.getValueType() != JsonValue.ValueType.TRUE
          && value.getValueType() != JsonValue.ValueType.FALSE) {
        refuse(field, "must be true or false");
      }
    } else if (WHOLE_NUMBER_RANGES.containsKey(raw)) {
      wholeNumber(value, WHOLE_NUMBER_RANGES.get(raw), field);
    } else if (raw == BigDecimal.class) {
      decimal(value, field);
    } else if (raw.isEnum()) {
      choice(value, raw, field);
    } else if (raw == LocalDate.class) {
      date(value, field);
    } else if (raw == LocalDateTime.class) {
      dateTime(value, field);
    } else if (raw == LocalTime.class) {
      time(value, field);
    } else {
      throw new IllegalStateException(
          "No strict reading of " + raw.getName() + " for " + field + ": add one here");
    }
  }

  private void object(JsonValue value, Class<?> type, String field) {
    Map<String, Type> fields = fieldsOf(type);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      refuse(field, "must be a JSON object with the fields " + String.join(", ", fields.keySet()));
      return;
    }
    JsonObject object = value.asJsonObject();
    for (String name : object.keySet()) {
      if (!fields.containsKey(name)) {
        refuse(
            path(field, name),
            "is not a field of this request; it takes " + String.join(", ", fields.keySet()));
      }
    }
    fields.forEach(
        (name, fieldType) -> {
          JsonValue member = object.get(name);
          if (member != null) {
            value(member, fieldType, path(field, name));
          }
        });
  }

  /**
   * What JSON-B binds: a record's components, or the fields of a domain value that it sets through
   * public setters (a meeting's planning record).
   */
  private static Map<String, Type> fieldsOf(Class<?> type) {
    Map<String, Type> fields = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        fields.put(component.getName(), component.getGenericType());
      }
      return fields;
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && hasSetter(type, field)) {
        fields.put(field.getName(), field.getGenericType());
      }
    }
    return fields;
  }

  private static boolean hasSetter(Class<?> type, Field field) {
    String setter =
        "set" + Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    return Arrays.stream(type.getMethods())
        .anyMatch(m -> m.getName().equals(setter) && m.getParameterCount() == 1);
  }

  /** The section's own values, which JSON-B binds through their setters. */
  private static boolean isBean(Class<?> type) {
    return !type.isEnum()
        && !type.isInterface()
        && type.getPackageName().startsWith("uk.gov.borough.reintegration.");
  }

  private void list(JsonValue value, Type elementType, String field) {
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      refuse(field, "must be a list: [ ... ]");
      return;
    }
    JsonArray array = value.asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      String item = field + "[" + i + "]";
      if (array.isNull(i)) {
        refuse(item, "must not be null: leave it out of the list");
      } else {
        value(array.get(i), elementType, item);
      }
    }
  }

  private void text(JsonValue value, String field) {
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      refuse(field, "must be text, in quotes");
      return;
    }
    String text = ((JsonString) value).getString();
    if (text.chars().anyMatch(StrictJson::isRefusedControl)) {
      refuse(field, "must not contain control characters; line breaks are allowed");
    }
  }

  /** Line breaks belong in free text; no other control character does (NUL breaks databases). */
  private static boolean isRefusedControl(int c) {
    return c != '\n' && c != '\r' && (c < 0x20 || (c >= 0x7f && c <= 0x9f));
  }

  private void wholeNumber(JsonValue value, long[] range, String field) {
    String allowed = "must be a whole number from " + range[0] + " to " + range[1];
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      refuse(field, allowed);
      return;
    }
    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
    if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
      refuse(field, allowed);
      return;
    }
    // An exponent as large as 1e999999999 is refused before it is expanded
    if (number.precision() - number.scale() > 20) {
      refuse(field, allowed);
      return;
    }
    BigInteger whole = number.toBigIntegerExact();
    if (whole.compareTo(BigInteger.valueOf(range[0])) < 0
        || whole.compareTo(BigInteger.valueOf(range[1])) > 0) {
      refuse(field, allowed);
    }
  }

  private void decimal(JsonValue value, String field) {
    String allowed =
        "must be a number with at most "
            + MOST_WHOLE_DIGITS
            + " digits before the point and "
            + MOST_DECIMAL_PLACES
            + " after it";
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      refuse(field, allowed);
      return;
    }
    BigDecimal number = ((JsonNumber) value).bigDecimalValue().stripTrailingZeros();
    if (number.precision() - number.scale() > MOST_WHOLE_DIGITS
        || number.scale() > MOST_DECIMAL_PLACES) {
      refuse(field, allowed);
    }
  }

  private void choice(JsonValue value, Class<?> type, String field) {
    String allowed =
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      refuse(field, allowed);
      return;
    }
    String name = ((JsonString) value).getString();
    if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(name))) {
      refuse(field, allowed);
    }
  }

  private void date(JsonValue value, String field) {
    temporal(
        value,
        field,
        "must be a date written year-month-day, such as 2027-01-14, " + rangeInWords(),
        text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
  }

  private void dateTime(JsonValue value, String field) {
    temporal(
        value,
        field,
        "must be a date and time as RFC 3339 writes it, such as 2027-01-14T09:30:00Z (without an"
            + " offset it is read as UK time), "
            + rangeInWords(),
        text -> Rfc3339Times.read(text, ZoneOffset.UTC).toLocalDate());
  }

  private void time(JsonValue value, String field) {
    String allowed = "must be a time written hour:minute, such as 09:30";
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      refuse(field, allowed);
      return;
    }
    try {
      LocalTime.parse(((JsonString) value).getString(), DateTimeFormatter.ISO_LOCAL_TIME);
    } catch (DateTimeParseException e) {
      refuse(field, allowed);
    }
  }

  /** ISO text only (the ISO formatters resolve strictly: no 30 February), within the range. */
  private void temporal(
      JsonValue value, String field, String allowed, Function<String, LocalDate> dateOf) {
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      refuse(field, allowed);
      return;
    }
    try {
      LocalDate date = dateOf.apply(((JsonString) value).getString());
      if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
        refuse(field, allowed);
      }
    } catch (DateTimeParseException e) {
      refuse(field, allowed);
    }
  }

  private static String rangeInWords() {
    return "from " + EARLIEST + " to " + LATEST;
  }

  private void refuse(String field, String problem) {
    problems.add(new ApiError.FieldProblem(field, problem));
  }

  /** Fields are named as a client writes them: {@code attendees[0].role}, not {@code body.…}. */
  private static String path(String parent, String name) {
    return parent.equals("body") ? name : parent + "." + name;
  }

  private static String expected(Class<?> raw) {
    return raw == boolean.class ? "give true or false" : "give a number";
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("No strict reading of " + type);
  }

  private static Type elementType(Type type) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    throw new IllegalStateException("A list's elements need a type: " + type);
  }
}
