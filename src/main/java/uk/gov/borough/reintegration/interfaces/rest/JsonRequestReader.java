package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import uk.gov.borough.reintegration.interfaces.RequestLimits;

/**
 * Reads every request the API takes: at most {@link RequestLimits#mostBodyBytes()} of it, as JSON,
 * checked by {@link StrictJson} against the call's record, and only then bound by JSON-B. A body
 * past the limit is refused (413) when the limit is reached, not after it was read whole.
 */
@Provider
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
// Before Jersey's own JSON-B reader, which takes the same types and media type
@Priority(Priorities.USER - 1000)
public class JsonRequestReader implements MessageBodyReader<Object> {

  /** The same key twice in one object is an ambiguity, not a choice of the last (Parsson). */
  private static final JsonParserFactory PARSERS =
      Json.createParserFactory(Map.of("org.eclipse.parsson.rejectDuplicateKeys", true));

  @Inject RequestLimits limits;

  @Inject ApiJson apiJson;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getPackageName().startsWith("uk.gov.borough.reintegration.");
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    byte[] bytes = atMost(body, limits.mostBodyBytes());
    JsonValue json = parsed(bytes);
    List<ApiError.FieldProblem> problems = StrictJson.problems(json, genericType);
    if (!problems.isEmpty()) {
      throw refusal(
          400,
          "Some values are not right: nothing was saved. Correct them and send again.",
          problems);
    }
    return apiJson
        .getContext(type)
        .fromJson(new String(bytes, StandardCharsets.UTF_8), genericType);
  }

  private static byte[] atMost(InputStream body, long most) throws IOException {
    byte[] bytes = body.readNBytes((int) most + 1);
    if (bytes.length > most) {
      throw refusal(
          413,
          "The request is larger than this service takes ("
              + most / 1024
              + " KB of JSON). Nothing was saved.",
          List.of(new ApiError.FieldProblem("body", "is too large")));
    }
    return bytes;
  }

  private static JsonValue parsed(byte[] bytes) {
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw RequestBodyRequired.refusal();
    }
    try (JsonParser parser =
        PARSERS.createParser(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw notJson("has more after the JSON value");
      }
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        throw notJson("is null: send a JSON object");
      }
      return value;
    } catch (WebApplicationException refused) {
      throw refused;
    } catch (JsonParsingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber();
      throw notJson("is not valid JSON" + where);
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw notJson("is not valid JSON");
    } catch (RuntimeException tooDeep) {
      // Parsson's refusal of nesting past its depth limit is a plain RuntimeException
      throw notJson("is not valid JSON, or is nested too deeply");
    }
  }

  private static WebApplicationException notJson(String problem) {
    return refusal(
        400,
        "The request's body " + problem + ". Nothing was saved.",
        List.of(new ApiError.FieldProblem("body", problem)));
  }

  static WebApplicationException refusal(
      int status, String message, List<ApiError.FieldProblem> fields) {
    return new WebApplicationException(ApiError.answer(ApiError.of(status, message, fields)));
  }
}
