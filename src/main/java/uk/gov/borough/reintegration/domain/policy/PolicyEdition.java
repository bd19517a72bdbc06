package uk.gov.borough.reintegration.domain.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.outbox.RecipientRole;

/**
 * One edition of the borough's policy: its steps, where each belongs and whose it is, and the
 * deadlines they are counted by. A borough may override its numbers and lists ({@link
 * #overridable()}) without a rebuild; an edition so changed keeps its name and says which values
 * differ ({@link #overrides()}), and a case keeps both until it closes.
 */
public final class PolicyEdition {

  /** The key of the "due soon" window in an override file. */
  public static final String DUE_SOON_KEY = "deadlines.due-soon-days";

  /** The most any count may be: a school year has fewer than 60 weeks, or days of notice. */
  static final int MOST = 60;

  /** The longest a breakdown category's words may be, as staff choose from them in a list. */
  static final int MOST_WORDS = 200;

  private static final String CATEGORY_KEYS = "breakdown-categories.";

  private static final String TOLD_KEYS = "told.";

  private final String name;
  private final Map<DeadlineKind, DeadlineRule> deadlines;
  private final int dueSoonDays;
  private final Map<String, String> overrides;
  private final PolicyEdition published;
  private final Map<Step, StepRule> steps;
  private final HardRules rules;
  private final Map<CaseStatus, NextAction.Expected> nextActions;
  private final Map<BreakdownCategory, String> breakdownCategories;
  private final Map<PolicyEvent, List<Told>> told;

  public PolicyEdition(
      String name,
      List<StepRule> steps,
      Map<CaseStatus, NextAction.Expected> nextActions,
      Map<BreakdownCategory, String> breakdownCategories,
      Map<PolicyEvent, List<Told>> told,
      HardRules rules,
      List<DeadlineRule> deadlines,
      int dueSoonDays) {
    this(
        name,
        byStep(steps),
        nextActions,
        breakdownCategories,
        told,
        rules,
        byKind(deadlines),
        dueSoonDays,
        Map.of(),
        null);
  }

  private PolicyEdition(
      String name,
      Map<Step, StepRule> steps,
      Map<CaseStatus, NextAction.Expected> nextActions,
      Map<BreakdownCategory, String> breakdownCategories,
      Map<PolicyEvent, List<Told>> told,
      HardRules rules,
      Map<DeadlineKind, DeadlineRule> deadlines,
      int dueSoonDays,
      Map<String, String> overrides,
      PolicyEdition published) {
    if (!steps.keySet().containsAll(List.of(Step.values()))) {
      throw new IllegalArgumentException(name + " does not set every step");
    }
    if (!nextActions
        .keySet()
        .containsAll(EnumSet.complementOf(EnumSet.copyOf(CaseStatus.CLOSED)))) {
      throw new IllegalArgumentException(name + " does not say what every open case waits for");
    }
    if (!breakdownCategories.keySet().containsAll(List.of(BreakdownCategory.values()))) {
      throw new IllegalArgumentException(name + " does not word every breakdown category");
    }
    if (!told.keySet().containsAll(List.of(PolicyEvent.values()))) {
      throw new IllegalArgumentException(name + " does not say who is told of every event");
    }
    if (!deadlines.keySet().containsAll(List.of(DeadlineKind.values()))) {
      throw new IllegalArgumentException(name + " does not set every deadline");
    }
    this.name = name;
    this.steps = Collections.unmodifiableMap(steps);
    this.told = Collections.unmodifiableMap(new EnumMap<>(told));
    this.rules = rules;
    this.nextActions = Map.copyOf(nextActions);
    this.breakdownCategories =
        Collections.unmodifiableMap(new LinkedHashMap<>(breakdownCategories));
    this.deadlines = Collections.unmodifiableMap(deadlines);
    this.dueSoonDays = dueSoonDays;
    this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
    this.published = published == null ? this : published;
  }

  private static Map<Step, StepRule> byStep(List<StepRule> rules) {
    Map<Step, StepRule> map = new EnumMap<>(Step.class);
    rules.forEach(rule -> map.put(rule.step(), rule));
    return map;
  }

  private static Map<DeadlineKind, DeadlineRule> byKind(List<DeadlineRule> rules) {
    Map<DeadlineKind, DeadlineRule> map = new EnumMap<>(DeadlineKind.class);
    rules.forEach(rule -> map.put(rule.kind(), rule));
    return map;
  }

  /**
   * What the case waits for where it stands, and from whom; nothing for a closed case, or while
   * none of the parties it waits on is named yet.
   */
  public Optional<NextAction> nextAction(ReintegrationCase c) {
    return Optional.ofNullable(nextActions.get(c.getStatus())).flatMap(next -> next.on(c));
  }

  /** The serious breakdown categories (P5, R10), in the edition's words and order. */
  public Map<BreakdownCategory, String> breakdownCategories() {
    return breakdownCategories;
  }

  /** Who is told of the event: whom the outbox writes to (DESIGN.md, "Notifications"). */
  public List<Told> told(PolicyEvent event) {
    return told.get(event);
  }

  /** The hard rules the services check before they change a case. */
  public HardRules rules() {
    return rules;
  }

  /** Where the step belongs, what it does to the status, and whose it is. */
  public StepRule step(Step step) {
    return steps.get(step);
  }

  /**
   * Whether the person is of the party that answers for the case's deadline and may name its lead:
   * whom My work tells that no lead is named for it (issue 16).
   */
  public boolean namesLeadFor(Caller caller, ReintegrationCase c, DeadlineKind kind) {
    Party party = deadline(kind).responsible();
    return party.lead() != null
        && step(Step.naming(party.lead())).takers().stream()
            .filter(taker -> taker.party() == party)
            .anyMatch(taker -> taker.is(caller, c.getRoute(), c::establishmentOf));
  }

  /** As a borough names it: "Havering 2020/21". */
  public String name() {
    return name;
  }

  public DeadlineRule deadline(DeadlineKind kind) {
    return deadlines.get(kind);
  }

  /** A deadline is "due soon" this many days before it falls due. */
  public int dueSoonDays() {
    return dueSoonDays;
  }

  /** The values that differ from the edition as published, by key; empty when none do. */
  public Map<String, String> overrides() {
    return overrides;
  }

  /**
   * Every value a borough may override, by its key in an override file, with its value here as the
   * file writes it: the deadlines' counts, the due-soon window, the breakdown categories' words and
   * who is told of each event.
   */
  public Map<String, String> overridable() {
    Map<String, String> values = new LinkedHashMap<>();
    deadlines.values().forEach(rule -> values.put(keyOf(rule), String.valueOf(rule.count())));
    values.put(DUE_SOON_KEY, String.valueOf(dueSoonDays));
    breakdownCategories.forEach(
        (category, words) -> values.put(CATEGORY_KEYS + slug(category), words));
    told.forEach((event, whom) -> values.put(TOLD_KEYS + slug(event), Told.inFile(whom)));
    return values;
  }

  /** The least value a count takes: a count of school days or weeks needs one at least. */
  private static int leastFor(String key) {
    return key.equals(DUE_SOON_KEY) || key.endsWith(".days-before-hearing") ? 0 : 1;
  }

  /**
   * This edition with some of its values changed, by key ({@link #overridable()}), each written as
   * an override file writes it.
   *
   * @throws IllegalArgumentException naming the key, and what it takes, for a value it cannot take
   */
  public PolicyEdition withOverrides(Map<String, String> values) {
    Map<DeadlineKind, DeadlineRule> changedDeadlines = new EnumMap<>(deadlines);
    Map<BreakdownCategory, String> changedCategories = new LinkedHashMap<>(breakdownCategories);
    Map<PolicyEvent, List<Told>> changedTold = new EnumMap<>(told);
    int dueSoon = dueSoonDays;
    Map<String, String> differing = new TreeMap<>(overrides);
    for (Map.Entry<String, String> value : values.entrySet()) {
      String key = value.getKey();
      String written = value.getValue().strip();
      if (key.equals(DUE_SOON_KEY)) {
        dueSoon = count(key, written);
        written = String.valueOf(dueSoon);
      } else if (key.startsWith(CATEGORY_KEYS)) {
        BreakdownCategory category = named(BreakdownCategory.values(), key, CATEGORY_KEYS);
        changedCategories.put(category, words(key, written, changedCategories, category));
      } else if (key.startsWith(TOLD_KEYS)) {
        PolicyEvent event = named(PolicyEvent.values(), key, TOLD_KEYS);
        List<Told> whom = Told.fromFile(key, written);
        keepsTheParents(key, event, whom);
        changedTold.put(event, whom);
        written = Told.inFile(whom);
      } else {
        DeadlineRule rule =
            deadlines.values().stream()
                .filter(r -> keyOf(r).equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unknown(key)));
        int count = count(key, written);
        changedDeadlines.put(rule.kind(), rule.withCount(count));
        written = String.valueOf(count);
      }
      // A value restated as published is no change: the case is run under the edition as it is
      if (written.equals(published.overridable().get(key))) {
        differing.remove(key);
      } else {
        differing.put(key, written);
      }
    }
    return new PolicyEdition(
        name,
        steps,
        nextActions,
        changedCategories,
        changedTold,
        rules,
        changedDeadlines,
        dueSoon,
        differing,
        published);
  }

  private String unknown(String key) {
    return "unknown key " + key + "; the keys are " + overridable().keySet();
  }

  private <E extends Enum<E>> E named(E[] values, String key, String prefix) {
    String slug = key.substring(prefix.length());
    return Stream.of(values)
        .filter(value -> slug(value).equals(slug))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(unknown(key)));
  }

  private static int count(String key, String written) {
    int least = leastFor(key);
    if (written.matches("[0-9]{1,3}")) {
      int count = Integer.parseInt(written);
      if (count >= least && count <= MOST) {
        return count;
      }
    }
    throw new IllegalArgumentException(
        key
            + " must be a whole number from "
            + least
            + " to "
            + MOST
            + ", not \""
            + written
            + "\"");
  }

  /** A category's words: staff choose from them, so each is said, once, on one short line. */
  private static String words(
      String key,
      String written,
      Map<BreakdownCategory, String> categories,
      BreakdownCategory category) {
    if (written.isEmpty() || written.length() > MOST_WORDS) {
      throw new IllegalArgumentException(
          key + " must be the category in words, 1 to " + MOST_WORDS + " characters long");
    }
    categories.forEach(
        (other, words) -> {
          if (other != category && words.equalsIgnoreCase(written)) {
            throw new IllegalArgumentException(
                key
                    + " words it as "
                    + CATEGORY_KEYS
                    + slug(other)
                    + " is worded: \""
                    + words
                    + "\"");
          }
        });
    return written;
  }

  /** R11: the parents are told in writing when a placement ends; no borough's change drops them. */
  private void keepsTheParents(String key, PolicyEvent event, List<Told> whom) {
    boolean parentsTold =
        published.told(event).stream().anyMatch(t -> t.role() == RecipientRole.PARENT_CARER);
    if (parentsTold && whom.stream().noneMatch(t -> t.role() == RecipientRole.PARENT_CARER)) {
      throw new IllegalArgumentException(
          key
              + " must keep "
              + slug(RecipientRole.PARENT_CARER)
              + ": the parents are told in writing when a placement ends (R11, P5)");
    }
  }

  /** Whether the other is this edition with the same values changed: a case counts the same. */
  public boolean countsAs(PolicyEdition other) {
    return name.equals(other.name) && overrides.equals(other.overrides);
  }

  /** The values that differ from the edition as published, as staff read them. */
  public List<String> overridesInWords() {
    return overrides.entrySet().stream().map(this::inWords).toList();
  }

  private String inWords(Map.Entry<String, String> override) {
    String key = override.getKey();
    if (key.equals(DUE_SOON_KEY)) {
      return "Due soon: " + override.getValue() + " days before a deadline";
    }
    if (key.startsWith(CATEGORY_KEYS)) {
      return "Breakdown category \""
          + published.overridable().get(key)
          + "\" reads \""
          + override.getValue()
          + "\"";
    }
    if (key.startsWith(TOLD_KEYS)) {
      return "Told of "
          + key.substring(TOLD_KEYS.length()).replace('-', ' ')
          + ": "
          + override.getValue().replace('-', ' ');
    }
    DeadlineKind kind =
        deadlines.values().stream()
            .filter(rule -> keyOf(rule).equals(key))
            .findFirst()
            .orElseThrow()
            .kind();
    return kind.title() + ": " + deadlines.get(kind).inWords(deadlines.get(kind).count());
  }

  /** A deadline's key in an override file: "deadlines.planning-meeting.school-days". */
  static String keyOf(DeadlineRule rule) {
    return "deadlines." + slug(rule.kind()) + "." + rule.unit();
  }

  /** A name as an override file writes it: "planning-meeting" for PLANNING_MEETING. */
  static String slug(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return overrides.isEmpty() ? name : name + " " + overrides;
  }
}
