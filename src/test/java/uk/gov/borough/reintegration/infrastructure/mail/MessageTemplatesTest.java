package uk.gov.borough.reintegration.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;

/** The message texts: the ones the application carries, and a borough's own replacing them. */
class MessageTemplatesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

  @Test
  @DisplayName("Issue 6: every event has a staff template with a subject, filled in completely")
  void everyEventHasItsTemplate() throws IOException {
    MessageTemplates templates = carried();
    for (PolicyEvent event : PolicyEvent.values()) {
      String name = "staff/" + event.name().toLowerCase(Locale.ROOT);
      String source = Files.readString(Path.of("config", "templates", name + ".txt"));
      MessageTemplates.Text text = templates.render(name, valuesFor(source));
      assertNotNull(text.subject(), name);
      assertTrue(text.subject().endsWith("(case 12, A.B.)"), name + ": " + text.subject());
      assertTrue(!text.body().isBlank() && !text.body().contains("{{"), name + ": " + text.body());
    }
    MessageTemplates.Text footer = templates.render("staff/footer", Map.of("caseLink", "LINK"));
    assertNull(footer.subject());
    assertTrue(footer.body().startsWith("Open the case: LINK"), footer.body());
  }

  @Test
  @DisplayName("Issue 6: a parent's letter is plain: no link to the portal")
  void parentLetterHasNoLink() throws IOException {
    String source = Files.readString(Path.of("config", "templates", "parent/placement_ended.txt"));
    MessageTemplates.Text text = carried().render("parent/placement_ended", valuesFor(source));
    assertEquals("Your child's school placement", text.subject());
    assertTrue(!source.contains("caseLink") && !text.body().contains("http"), text.body());
  }

  @Test
  @DisplayName("Issue 6: a borough's file replaces the template the application carries")
  void boroughTemplateReplacesTheCarriedOne(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("staff"));
    Files.writeString(
        folder.resolve("staff/footer.txt"),
        "Sign in to the portal: {{caseLink}}\n",
        StandardCharsets.UTF_8);
    MessageTemplates templates = new MessageTemplates();
    templates.directory = Optional.of(folder.toString());

    assertEquals(
        "Sign in to the portal: LINK",
        templates.render("staff/footer", Map.of("caseLink", "LINK")).body());
    assertTrue(
        templates
            .render(
                "staff/evaluation_recorded",
                Map.of("planWeek", "4", "caseId", "1", "initials", "A.B."))
            .body()
            .contains("plan week 4"),
        "a template the borough did not replace is the application's");
  }

  @Test
  @DisplayName(
      "Issue 6: a template naming a value the message lacks is refused, not sent half-filled")
  void unknownValueIsRefused(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("staff"));
    Files.writeString(
        folder.resolve("staff/footer.txt"), "Dear {{headTeacher}}\n", StandardCharsets.UTF_8);
    MessageTemplates templates = new MessageTemplates();
    templates.directory = Optional.of(folder.toString());

    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> templates.render("staff/footer", Map.of("caseLink", "LINK")));
    assertEquals(
        "The message template staff/footer.txt uses {{headTeacher}}, which this message does not"
            + " have; it has [{{caseLink}}]",
        refused.getMessage());
    assertThrows(
        IllegalStateException.class, () -> templates.render("staff/no_such_event", Map.of()));
  }

  private static MessageTemplates carried() {
    MessageTemplates templates = new MessageTemplates();
    templates.directory = Optional.empty();
    return templates;
  }

  /** A value for each placeholder the file uses: the case's own as a staff message has them. */
  private static Map<String, String> valuesFor(String source) {
    Matcher placeholder = PLACEHOLDER.matcher(source);
    Map<String, String> values =
        placeholder
            .results()
            .map(m -> m.group(1))
            .distinct()
            .collect(Collectors.toMap(name -> name, name -> "<" + name + ">"));
    values.put("caseId", "12");
    values.put("initials", "A.B.");
    return values;
  }
}
