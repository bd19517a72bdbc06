package uk.gov.borough.reintegration.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.application.PlacementService;
import uk.gov.borough.reintegration.domain.model.access.Role;
import uk.gov.borough.reintegration.domain.model.cases.CaseHistoryEntry;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.DocumentKind;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.cases.UniformFunding;
import uk.gov.borough.reintegration.domain.model.deadline.DeadlineState;
import uk.gov.borough.reintegration.domain.model.hearing.DecisionOutcome;
import uk.gov.borough.reintegration.domain.model.meeting.AttendeeRole;
import uk.gov.borough.reintegration.domain.model.meeting.MeetingKind;
import uk.gov.borough.reintegration.domain.model.outbox.MessageState;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;

/**
 * Every value a page writes through the labels has words there (issue 18, item 3): no raw key such
 * as "???History.STAGE_1_COMPLETED???" reaches a page, whether the value comes from the code or
 * from the demo's history.
 */
class LabelsTest {

  private static final Pattern DEMO_HISTORY_ACTION =
      Pattern.compile("\\(TIMESTAMP '[^']*', '(?:[^']|'')*', '([A-Z_0-9]+)'");

  @Test
  void everyValueAPageShowsHasItsWords() throws IOException, IllegalAccessException {
    Properties labels = new Properties();
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/uk/gov/borough/reintegration/interfaces/web/labels.properties")) {
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> keys = new ArrayList<>();
    Stream.of(
            CaseStatus.class,
            Route.class,
            DeadlineState.class,
            DecisionOutcome.class,
            DocumentKind.class,
            MeetingKind.class,
            MessageState.class,
            PlacementService.Party.class,
            RecipientRole.class,
            PlacementService.ReturnTo.class,
            RollDecision.class,
            UniformFunding.class,
            AttendeeRole.class,
            Role.class)
        .forEach(
            kind -> {
              for (Enum<?> value : kind.getEnumConstants()) {
                keys.add(kind.getSimpleName() + "." + value.name());
              }
            });
    for (Field field : CaseHistoryEntry.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        keys.add("History." + field.get(null));
      }
    }
    try (Stream<Path> demo = Files.list(Path.of("src/main/resources/db/demo/common"))) {
      for (Path script : demo.toList()) {
        Matcher action = DEMO_HISTORY_ACTION.matcher(Files.readString(script));
        while (action.find()) {
          keys.add("History." + action.group(1));
        }
      }
    }
    assertEquals(
        List.of(),
        keys.stream().distinct().filter(key -> !labels.containsKey(key)).toList(),
        "values with no words in labels.properties");
  }
}
