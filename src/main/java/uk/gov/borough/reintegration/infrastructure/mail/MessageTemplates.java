package uk.gov.borough.reintegration.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The texts of the messages, one file per template (DESIGN.md, "Notifications": templates come from
 * configuration). A file in {@code reintegration.templates.directory} replaces the one the
 * application carries (copied from {@code config/templates}), so a borough rewords a message
 * without a rebuild. A file is a "Subject:" line, a blank line and the body; {@code {{name}}}
 * stands for a value of the message.
 */
@ApplicationScoped
public class MessageTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");
  private static final String SUBJECT = "Subject:";

  @Inject
  @ConfigProperty(name = "reintegration.templates.directory")
  Optional<String> directory;

  /** A message made from a template: its subject (null for a part such as a footer) and body. */
  public record Text(String subject, String body) {}

  /**
   * The template filled in with the values.
   *
   * @throws IllegalStateException when there is no such template or it names a value the message
   *     does not have: a borough's template is checked here, not sent half-filled
   */
  public Text render(String template, Map<String, String> values) {
    String file = template + ".txt";
    String source = read(file);
    String subject = null;
    String body = source;
    if (source.startsWith(SUBJECT)) {
      int endOfLine = source.indexOf('\n');
      subject = source.substring(SUBJECT.length(), endOfLine < 0 ? source.length() : endOfLine);
      body = endOfLine < 0 ? "" : source.substring(endOfLine + 1);
    }
    return new Text(
        subject == null ? null : fill(file, subject.strip(), values),
        fill(file, body.strip(), values));
  }

  private static String fill(String file, String text, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "The message template "
                + file
                + " uses {{"
                + placeholder.group(1)
                + "}}, which this message does not have; it has "
                + values.keySet().stream().sorted().map(name -> "{{" + name + "}}").toList());
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }

  private String read(String file) {
    try {
      Optional<Path> replaced =
          directory
              .filter(folder -> !folder.isBlank())
              .map(folder -> Path.of(folder).resolve(file).normalize())
              .filter(Files::isRegularFile);
      if (replaced.isPresent()) {
        return Files.readString(replaced.get(), StandardCharsets.UTF_8);
      }
      try (InputStream carried =
          MessageTemplates.class.getClassLoader().getResourceAsStream("templates/" + file)) {
        if (carried == null) {
          throw new IllegalStateException("There is no message template " + file);
        }
        return new String(carried.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The message template " + file + " cannot be read", e);
    }
  }
}
