package uk.gov.borough.reintegration.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.test.DeployedApplication;
import uk.gov.borough.reintegration.test.Http;
import uk.gov.borough.reintegration.test.PayaraMicroServer;

/**
 * What a proxy that passes any {@code Host} through, or a client sending odd methods, gets back
 * (issue 14): no redirect or link names the host the request claimed, and pages take only GET, HEAD
 * and POST.
 */
@ExtendWith(DeployedApplication.class)
class HostAndMethodsHttpIT {

  private static final String EVIL = "evil.example";

  @Test
  void noRedirectNamesTheHostTheRequestClaimed(PayaraMicroServer server) throws IOException {
    for (String path :
        List.of(
            "/reintegration/cases.xhtml",
            "/reintegration/case.xhtml?id=1001",
            "/reintegration/",
            "/reintegration/index.xhtml")) {
      for (Map.Entry<String, String> header :
          Map.of("Host", EVIL, "X-Forwarded-Host", EVIL).entrySet()) {
        String answer = raw(server, "GET", path, header.getKey() + ": " + header.getValue());
        assertFalse(answer.contains(EVIL), path + " with " + header + ":\n" + answer);
        assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
        assertTrue(
            answer.contains("Location: /reintegration/login.xhtml?continue="),
            "a relative redirect: " + answer);
      }
    }
  }

  @Test
  void pagesAnswerOnlyGetHeadAndPost(PayaraMicroServer server) {
    Http signedIn =
        Http.browserSignedInAs(server, "demo-inclusion-1", DeployedApplication.DEMO_PASSWORD);
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
      for (String path : List.of("/reintegration/index.xhtml", "/reintegration/cases.xhtml")) {
        HttpResponse<String> answer = signedIn.send(method, server.uri(path));
        assertEquals(405, answer.statusCode(), method + " " + path + ": " + answer.body());
        assertEquals("GET, HEAD, POST", answer.headers().firstValue("Allow").orElse(""));
      }
    }
    assertEquals(200, signedIn.send("HEAD", server.uri("/reintegration/cases.xhtml")).statusCode());
  }

  @Test
  void theErrorPageNamesNoInternalPathAndCannotBeAskedFor(PayaraMicroServer server) {
    HttpResponse<String> failed =
        Http.anonymous()
            .getAs(
                server.uri("/reintegration/login.xhtml?jakarta.faces.RenderKitId=none"),
                "text/html");
    assertEquals(500, failed.statusCode());
    assertTrue(failed.body().contains("Something went wrong"), failed.body());
    assertFalse(failed.body().contains("WEB-INF"), failed.body());
    HttpResponse<String> asked =
        Http.browserSignedInAs(server, "demo-inclusion-1", DeployedApplication.DEMO_PASSWORD)
            .getAs(server.uri("/reintegration/errors/error.xhtml"), "text/html");
    assertEquals(403, asked.statusCode());
  }

  /** One request over a plain socket, so that any Host may be sent; the answer's head. */
  private static String raw(PayaraMicroServer server, String method, String path, String header)
      throws IOException {
    URI uri = server.uri(path);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String host = header.startsWith("Host:") ? "" : "Host: 127.0.0.1:" + uri.getPort() + "\r\n";
      out.write(
          (method
                  + " "
                  + path
                  + " HTTP/1.1\r\n"
                  + host
                  + header
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
