package uk.gov.borough.reintegration.interfaces.web.cases;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The parts a case is read in, each at an address of its own ({@code case.xhtml?id=7&part=plan}),
 * so that no page is one long scroll of every form (issue 18): the summary first, then the parts in
 * the order the policy's form has them.
 */
public enum CasePart {
  SUMMARY("summary", "Summary", "check"),
  PARTIES("parties", "Overview and parties"),
  PLAN("plan", "The plan", "stage-1", "week", "evaluation"),
  MEETINGS("meetings", "Meetings", "arrange", "move", "held", "cancel"),
  DEADLINES("deadlines", "Deadlines"),
  OUTCOME("outcome", "Incidents and outcome"),
  DOCUMENTS("documents", "Documents"),
  NOTES("notes", "Notes"),
  MESSAGES("messages", "Messages and letters"),
  CHRONOLOGY("chronology", "Chronology");

  private final String address;
  private final String title;
  private final Set<String> tasks;

  CasePart(String address, String title, String... tasks) {
    this.address = address;
    this.title = title;
    this.tasks = Set.of(tasks);
  }

  /** Whether the part has a task of that name, a form shown on a page of its own. */
  public boolean hasTask(String task) {
    return task != null && tasks.contains(task);
  }

  /** The part's name in the address: {@code part=plan}. */
  public String address() {
    return address;
  }

  public String title() {
    return title;
  }

  /** The part an address names; none for a name no part has. */
  public static Optional<CasePart> named(String address) {
    return Arrays.stream(values()).filter(part -> part.address.equals(address)).findFirst();
  }
}
