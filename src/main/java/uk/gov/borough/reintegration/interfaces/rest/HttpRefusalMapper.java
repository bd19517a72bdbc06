package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * The API's own refusals, already answered, pass as they are; the ones JAX-RS makes with no body (a
 * wrong address or method, an unacceptable type, a malformed parameter) are said in JSON like every
 * other error, so a client never has to parse an HTML page.
 */
@Provider
public class HttpRefusalMapper implements ExceptionMapper<WebApplicationException> {

  @Context Request request;

  @Override
  public Response toResponse(WebApplicationException refusal) {
    Response answer = refusal.getResponse();
    if (answer.hasEntity()) {
      return answer;
    }
    ApiError error =
        refusal instanceof ParamException parameter
            ? malformed(parameter)
            : ApiError.of(answer.getStatus(), sentenceFor(answer), List.of());
    Response.ResponseBuilder json = Response.fromResponse(ApiError.answer(error));
    for (String header :
        List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
      if (answer.getHeaderString(header) != null) {
        json.header(header, answer.getHeaderString(header));
      }
    }
    return json.build();
  }

  /** A path's id that is no number finds nothing (404); a malformed query is the caller's (400). */
  private static ApiError malformed(ParamException parameter) {
    String name = parameter.getParameterName();
    boolean inPath = parameter instanceof ParamException.PathParamException;
    return ApiError.of(
        inPath ? 404 : 400,
        inPath
            ? "There is nothing at this address: " + name + " must be a number."
            : "A parameter is not right: correct it and send again.",
        List.of(new ApiError.FieldProblem(name, "is not a value of the right kind")));
  }

  private String sentenceFor(Response answer) {
    return switch (answer.getStatus()) {
      case 404 -> "There is nothing at this address.";
      case 405 ->
          "This address does not take "
              + request.getMethod()
              + (answer.getHeaderString(HttpHeaders.ALLOW) == null
                  ? "."
                  : "; it takes " + answer.getHeaderString(HttpHeaders.ALLOW) + ".");
      case 406 -> "This call answers in JSON: accept application/json.";
      case 415 -> "Send the body as JSON, with Content-Type: application/json. Nothing was saved.";
      default -> answer.getStatusInfo().getReasonPhrase() + ".";
    };
  }
}
