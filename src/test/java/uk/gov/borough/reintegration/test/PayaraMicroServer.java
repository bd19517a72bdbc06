package uk.gov.borough.reintegration.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Micro process serving the WAR this build produced, on a free loopback port, the way the
 * README's run command serves it. Client-side tests talk to it over HTTP like any user.
 */
public final class PayaraMicroServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final String SIGN_IN = "/reintegration/login.xhtml";

  private final Process process;
  private final int port;
  private final Path log;

  private PayaraMicroServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a server with these settings (system properties) and returns once it is deployed. */
  public static PayaraMicroServer start(String name, Map<String, String> settings) {
    int port = freePort();
    Path workdir = Path.of(System.getProperty("reintegration.test.workdir", "target"));
    Path rootdir = workdir.resolve("micro-" + name);
    Path log = workdir.resolve("micro-" + name + ".log");
    // A root directory left by an earlier run still lists the application as deployed: Payara Micro
    // would deploy that copy, then stop it for --deploy's, mid-way through its migration
    deleteRecursively(rootdir);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-Djava.io.tmpdir=" + workdir);
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar"),
            "--nohazelcast",
            "--disablephonehome",
            "--prebootcommandfile",
            Path.of("config", "payara", "loopback.asadmin").toAbsolutePath().toString(),
            "--rootdir",
            rootdir.toString(),
            "--port",
            String.valueOf(port),
            "--contextroot",
            "reintegration",
            "--deploy",
            System.getProperty("reintegration.test.war")));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
              .start();
      PayaraMicroServer server = new PayaraMicroServer(process, port, log);
      server.awaitDeployed();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The file the server writes its log to. */
  public Path log() {
    return log;
  }

  /** The readiness report, once the application's own database check is part of it. */
  public HttpResponse<String> readiness() {
    return Http.get(uri("/health/ready"), "application/json");
  }

  public boolean isReady() {
    HttpResponse<String> readiness = readiness();
    return readiness.statusCode() == 200 && readiness.body().contains("reintegration-database");
  }

  /** Waits for readiness to become UP, failing with the last report after the timeout. */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!isReady()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not ready after " + timeout + ": " + readiness().body());
      }
      pause();
    }
  }

  private void awaitDeployed() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; see " + log);
      }
      try {
        // Payara registers the application's check, and may even report UP, a few seconds
        // before the pages are served, and serves a page before the API's resources are in
        // place: wait until Payara says it is ready, and the sign-in page, a Faces page nobody
        // needs to sign in for, is answered by the application itself (200, or its own 503)
        String report = readiness().body();
        if (bootFinished()
            && report.contains("reintegration-database")
            && !report.contains("No Application deployed")
            && Http.get(uri(SIGN_IN), "text/html").body().contains("Reintegration")) {
          return;
        }
      } catch (UncheckedIOException notListeningYet) {
        // still booting
      }
      if (Instant.now().isAfter(deadline)) {
        close();
        throw new IllegalStateException("Payara Micro not deployed in time; see " + log);
      }
      pause();
    }
  }

  /** Whether Payara Micro has written that it is ready: deployed, with every resource in place. */
  private boolean bootFinished() {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
      return lines.anyMatch(line -> line.contains("Payara Micro") && line.contains(" ready in "));
    } catch (IOException | UncheckedIOException notYetWritten) {
      return false;
    }
  }

  /** A quarter of a second between two looks at a server that is still on its way. */
  public static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What every thread of the server is doing (jcmd's Thread.print), for a test to show when the
   * server kept it waiting: where it waited is the first thing to know.
   */
  public String threadDump() {
    try {
      Process jcmd =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  Long.toString(process.pid()),
                  "Thread.print")
              .redirectErrorStream(true)
              .start();
      String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      jcmd.waitFor(30, TimeUnit.SECONDS);
      return dump;
    } catch (IOException e) {
      return "no thread dump: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "no thread dump: interrupted";
    }
  }

  /** Kills the server at once (SIGKILL), as a power cut or an out-of-memory kill would. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "Payara Micro on port " + port + " (log " + log + ")";
  }
}
