package uk.gov.borough.reintegration.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP calls, as a browser or an API client makes them. */
public final class Http {

  private static final Pattern HIDDEN_INPUT = Pattern.compile("<input [^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile(" name=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile(" value=\"([^\"]*)\"");
  private static final Pattern CSP_NONCE = Pattern.compile(" nonce=\"([^\"]+)\"");

  private final HttpClient client;
  private final String authorization;

  private Http(HttpClient client, String authorization) {
    this.client = client;
    this.authorization = authorization;
  }

  /** A browser nobody has signed in on, with no cookies yet. */
  public static Http anonymous() {
    return new Http(client(new CookieManager()), null);
  }

  /** An API client sending a demo person's name and password with each call. */
  public static Http apiClientAs(String subject, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((subject + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(client(new CookieManager()), "Basic " + basic);
  }

  /** A browser that has signed in as a demo person on the sign-in page. */
  public static Http browserSignedInAs(PayaraMicroServer server, String subject, String password) {
    Http browser = new Http(client(new CookieManager()), null);
    HttpResponse<String> signedIn = browser.signIn(server, subject, password);
    if (signedIn.statusCode() != 302) {
      throw new AssertionError("Sign-in as " + subject + " failed: " + signedIn.body());
    }
    return browser;
  }

  /** Fills in and sends the sign-in form, as a person would; answers what the server said. */
  public HttpResponse<String> signIn(PayaraMicroServer server, String subject, String password) {
    HttpResponse<String> form = getAs(server.uri("/reintegration/login.xhtml"), "text/html");
    Map<String, String> fields = hiddenFields(form.body());
    fields.put("signIn:name", subject);
    fields.put("signIn:password", password);
    fields.put("signIn:submit", "Sign in");
    return post(server.uri("/reintegration/login.xhtml"), fields);
  }

  /**
   * The hidden fields of the page's forms, as a browser sends them back: the form's own name, the
   * Faces view state, PrimeFaces' CSP nonce and the form's hidden inputs.
   */
  public static Map<String, String> hiddenFields(String page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN_INPUT.matcher(page);
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
      }
    }
    if (!fields.containsKey("jakarta.faces.ViewState")) {
      throw new AssertionError("No view state on the page: " + page);
    }
    // PrimeFaces' script adds the page's nonce to each form before it is sent
    Matcher nonce = CSP_NONCE.matcher(page);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }

  public static HttpResponse<String> get(URI uri, String accept) {
    return anonymous()
        .send(
            HttpRequest.newBuilder(uri).header("Accept", accept),
            HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> getAs(URI uri, String accept) {
    return send(
        HttpRequest.newBuilder(uri).header("Accept", accept), HttpResponse.BodyHandlers.ofString());
  }

  /** A file the server makes, such as a letter as PDF. */
  public HttpResponse<byte[]> getBytes(URI uri) {
    return send(HttpRequest.newBuilder(uri), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(URI uri, Map<String, String> form) {
    return send(formPost(uri, form), HttpResponse.BodyHandlers.ofString());
  }

  /** A form sent back that answers with a file, such as the plan as PDF. */
  public HttpResponse<byte[]> postForBytes(URI uri, Map<String, String> form) {
    return send(formPost(uri, form), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> postJson(URI uri, String json) {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> putJson(URI uri, String json) {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A request with any method and no body, as a script might send a page. */
  public HttpResponse<String> send(String method, URI uri) {
    return send(
        HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder formPost(URI uri, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> answer) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpRequest sent = request.timeout(Duration.ofSeconds(30)).build();
      HttpResponse<T> received = client.send(sent, answer);
      ApiContract.check(sent, received);
      return received;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpClient client(CookieManager cookies) {
    // HTTP/1.1, as a browser speaks to a plain http:// address: Java's client otherwise tries an
    // h2c upgrade, and Payara resets such a stream now and then under a run of POSTs.
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(cookies)
        .build();
  }
}
