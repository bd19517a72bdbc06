package uk.gov.borough.reintegration.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.infrastructure.calendar.CalendarFileLoader.Outcome;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseFailures;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigrated;

/**
 * Imports the borough's calendar files ({@code reintegration.calendars.directory}, every {@code
 * *.csv} in it) once the database is migrated: a new name creates a calendar, a file changed since
 * its last import replaces that calendar's dates, source, example flag and bank-holiday link, and
 * an unchanged file is skipped.
 *
 * <p>A bad file is logged with its file and line and skipped: calendars are reference data, and a
 * mistake in one file must never keep the application from starting.
 */
@ApplicationScoped
public class CalendarFiles {

  private static final Logger LOG = Logger.getLogger(CalendarFiles.class.getName());

  @Inject
  @ConfigProperty(name = "reintegration.calendars.directory")
  Optional<String> directory;

  @Inject CalendarFileLoader loader;

  void importOnceMigrated(@Observes DatabaseMigrated migrated) {
    directory.ifPresent(
        folder -> {
          try {
            importFrom(Path.of(folder));
          } catch (IOException | RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "Calendar files in {0} not imported: {1}",
                new Object[] {folder, DatabaseFailures.describe(e)});
          }
        });
  }

  private void importFrom(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      LOG.log(Level.WARNING, "No calendar files imported: {0} is not a directory", folder);
      return;
    }
    List<CalendarFile> files = new ArrayList<>();
    Map<String, String> fileByName = new HashMap<>();
    int refused = 0;
    for (Path path : csvFiles(folder)) {
      try {
        CalendarFile file = CalendarFile.read(path);
        String other = fileByName.putIfAbsent(file.name(), file.fileName());
        if (other != null) {
          throw CalendarFileException.atLine(
              file.fileName(), 0, "names the same calendar as " + other + "; one file each");
        }
        files.add(file);
      } catch (CalendarFileException e) {
        refused++;
        logRefused(e);
      }
    }
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (CalendarFile file : inDependencyOrder(files)) {
      try {
        Outcome outcome = loader.load(file);
        outcomes.merge(outcome, 1, Integer::sum);
        if (outcome != Outcome.UNCHANGED) {
          LOG.log(Level.INFO, "Calendar file {0}: {1}", new Object[] {file.fileName(), outcome});
        }
      } catch (CalendarFileException e) {
        refused++;
        logRefused(e);
      } catch (RuntimeException e) {
        refused++;
        LOG.log(
            Level.WARNING,
            "Calendar file {0} not imported: {1}",
            new Object[] {file.fileName(), DatabaseFailures.describe(e)});
      }
    }
    LOG.log(
        Level.INFO,
        "Calendar files in {0}: {1} created, {2} replaced, {3} unchanged, {4} refused",
        new Object[] {
          folder,
          outcomes.getOrDefault(Outcome.CREATED, 0),
          outcomes.getOrDefault(Outcome.REPLACED, 0),
          outcomes.getOrDefault(Outcome.UNCHANGED, 0),
          refused
        });
  }

  private static List<Path> csvFiles(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(path -> path.getFileName().toString().endsWith(".csv"))
          .sorted()
          .toList();
    }
  }

  /**
   * The files with the calendars whose bank holidays others take first, so that a borough's file
   * can name the England and Wales calendar that another file in the same folder creates.
   */
  static List<CalendarFile> inDependencyOrder(List<CalendarFile> files) {
    List<CalendarFile> ordered = new ArrayList<>();
    List<CalendarFile> pending = new ArrayList<>(files);
    while (!pending.isEmpty()) {
      Set<String> waiting =
          pending.stream().map(CalendarFile::name).collect(Collectors.toUnmodifiableSet());
      List<CalendarFile> ready =
          pending.stream()
              .filter(file -> file.bankHolidays().filter(waiting::contains).isEmpty())
              .toList();
      // A loop of files naming each other: each is loaded and refused if its calendar is missing
      List<CalendarFile> next = ready.isEmpty() ? List.copyOf(pending) : ready;
      ordered.addAll(next);
      pending.removeAll(next);
    }
    return ordered;
  }

  private static void logRefused(CalendarFileException refusal) {
    refusal
        .problems()
        .forEach(problem -> LOG.log(Level.WARNING, "Calendar file not imported: {0}", problem));
  }
}
