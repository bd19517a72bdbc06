package uk.gov.borough.reintegration.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives client-side tests the one server of this test pass: started on first use with the demo
 * data, on this pass's database, and stopped when the pass ends. On PostgreSQL the server reaches
 * the database through a {@link TcpProxy}, so a test can take the database away from under it.
 */
public class DeployedApplication implements ParameterResolver {

  /** The demo logins every test server runs with, and their password in this suite. */
  public static final String DEMO_PASSWORD = "test-suite-demo-password";

  public static final Map<String, String> DEMO_LOGINS =
      Map.of(
          "reintegration.demo-logins", "true", "reintegration.demo-logins.password", DEMO_PASSWORD);

  /** The token monitoring sends for /metrics on this pass's server, made afresh for each run. */
  public static final String METRICS_TOKEN = UUID.randomUUID().toString();

  /**
   * The running server, the proxy between it and the database (none on H2), and the SMTP server on
   * loopback it delivers its mail to.
   */
  public record Running(PayaraMicroServer server, TcpProxy databaseLink, GreenMail mail)
      implements ExtensionContext.Store.CloseableResource {

    @Override
    public void close() {
      System.out.println(ApiContract.counts());
      server.close();
      mail.stop();
      if (databaseLink != null) {
        databaseLink.close();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Running.class
        || parameter.getParameter().getType() == PayaraMicroServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.create(DeployedApplication.class))
            .getOrComputeIfAbsent("server", key -> start(), Running.class);
    return parameter.getParameter().getType() == Running.class ? running : running.server();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Running start() {
    TestDatabase database = TestDatabase.ofThisPass();
    TcpProxy link = null;
    Map<String, String> settings = new HashMap<>();
    settings.put("reintegration.demo-data", "true");
    settings.put(
        "reintegration.calendars.directory",
        Path.of("config", "calendars").toAbsolutePath().toString());
    settings.putAll(DEMO_LOGINS);
    settings.put("reintegration.db.migration-retry-seconds", "2");
    settings.put("reintegration.metrics.token", METRICS_TOKEN);
    // The suite writes faster than a person: its own limits (the defaults are proved on the
    // single sign-on server, SingleSignOnHttpIT)
    settings.put("reintegration.limits.writes-per-minute", "100000");
    settings.put("reintegration.limits.referrals-per-hour", "100000");
    // Every page of the pass is drawn inside the example of a borough portal's page
    settings.put(
        "reintegration.web.template-file",
        Path.of("config", "portal-template.example.xhtml").toAbsolutePath().toString());
    GreenMail mail =
        new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    settings.put("reintegration.mail.host", "127.0.0.1");
    settings.put("reintegration.mail.port", String.valueOf(mail.getSmtp().getPort()));
    settings.put("reintegration.mail.starttls", "false");
    settings.put("reintegration.mail.timeout-seconds", "3");
    // Seconds, not hours: a test sees a failed message tried again, then dead.
    settings.put("reintegration.mail.retry-seconds", "2,2,2");
    if (database.isPostgresql()) {
      link = new TcpProxy(database.host(), database.port());
      link.open();
      settings.putAll(database.through(link.port()).serverSettings());
    }
    PayaraMicroServer server = PayaraMicroServer.start("client-" + database.name(), settings);
    server.awaitReady(Duration.ofMinutes(2));
    return new Running(server, link, mail);
  }
}
