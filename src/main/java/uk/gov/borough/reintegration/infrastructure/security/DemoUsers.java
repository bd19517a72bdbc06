package uk.gov.borough.reintegration.infrastructure.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fictional people of the demo, one per role and establishment, read from {@code
 * demo-users.csv}. They exist only to show the product without a sign-on provider: they share one
 * demo password from configuration and are refused whenever single sign-on is configured.
 */
public final class DemoUsers {

  /** One demo person: their subject (matching a demo lead), name, SSO groups and establishments. */
  public record DemoUser(String subject, String name, List<String> groups, Set<String> urns) {}

  private final Map<String, DemoUser> bySubject;
  private final byte[] password;

  DemoUsers(List<DemoUser> users, String password) {
    this.bySubject =
        users.stream().collect(Collectors.toMap(DemoUser::subject, Function.identity()));
    this.password = password.getBytes(StandardCharsets.UTF_8);
  }

  static DemoUsers load(String password) {
    try (InputStream in = DemoUsers.class.getResourceAsStream("/demo-users.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<DemoUser> users =
          reader
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(DemoUsers::parse)
              .toList();
      return new DemoUsers(users, password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DemoUser parse(String line) {
    String[] fields = line.split(";", -1);
    return new DemoUser(
        fields[0].trim(), fields[1].trim(), split(fields[2]), Set.copyOf(split(fields[3])));
  }

  private static List<String> split(String field) {
    return Arrays.stream(field.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The demo person with this subject, when the password is the demo password. */
  public Optional<DemoUser> authenticate(String subject, char[] offered) {
    byte[] given = new String(offered).getBytes(StandardCharsets.UTF_8);
    boolean passwordMatches = MessageDigest.isEqual(password, given);
    DemoUser user = bySubject.get(subject);
    return passwordMatches && user != null ? Optional.of(user) : Optional.empty();
  }

  public List<DemoUser> all() {
    return bySubject.values().stream()
        .sorted(java.util.Comparator.comparing(DemoUser::subject))
        .toList();
  }
}
