package uk.gov.borough.reintegration.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The API's OpenAPI document as strict tools read it (issue 17), at {@code /api/openapi.json}:
 * Payara's {@code /openapi}, built by {@link ApiDocument}, without the {@code endpoints} block
 * Payara 6 adds at the top level, which is not OpenAPI (payara/Payara#7891 renames it in Payara 7).
 * Read once from this server itself, over loopback, and kept: the document is made at deployment.
 */
@Path("openapi.json")
@ApplicationScoped
public class ApiContractResource {

  private volatile String document;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String document(@Context HttpServletRequest request)
      throws IOException, InterruptedException {
    if (document == null) {
      document = readFrom(request.getLocalPort());
    }
    return document;
  }

  private static String readFrom(int port) throws IOException, InterruptedException {
    HttpResponse<String> served =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi"))
                    .header("Accept", MediaType.APPLICATION_JSON)
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (served.statusCode() != 200) {
      throw new IOException("Payara's /openapi answered " + served.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(served.body()))) {
      JsonObject payaras = reader.readObject();
      return Json.createObjectBuilder(payaras).remove("endpoints").build().toString();
    }
  }
}
