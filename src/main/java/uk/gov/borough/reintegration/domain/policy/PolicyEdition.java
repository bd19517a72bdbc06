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
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.incident.BreakdownCategory;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;

/**
 * One edition of the borough's policy: its steps, where each belongs and whose it is, and the
 * deadlines they are counted by. A borough may override its numbers ({@link #overridable()})
 * without a rebuild; an edition so changed keeps its name and says which values differ ({@link
 * #overrides()}), and a case keeps both until it closes.
 */
public final class PolicyEdition {

  /** The key of the "due soon" window in an override file. */
  public static final String DUE_SOON_KEY = "deadlines.due-soon-days";

  /** The most any count may be: a school year has fewer than 60 weeks, or days of notice. */
  static final int MOST = 60;

  private final String name;
  private final Map<DeadlineKind, DeadlineRule> deadlines;
  private final int dueSoonDays;
  private final Map<String, Integer> overrides;
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
        Map.of());
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
      Map<String, Integer> overrides) {
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
    this.told = Map.copyOf(told);
    this.rules = rules;
    this.nextActions = Map.copyOf(nextActions);
    this.breakdownCategories =
        Collections.unmodifiableMap(new LinkedHashMap<>(breakdownCategories));
    this.deadlines = Collections.unmodifiableMap(deadlines);
    this.dueSoonDays = dueSoonDays;
    this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
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
  public Map<String, Integer> overrides() {
    return overrides;
  }

  /** Every number a borough may override, by its key in an override file, with its value here. */
  public Map<String, Integer> overridable() {
    Map<String, Integer> values = new LinkedHashMap<>();
    deadlines.values().forEach(rule -> values.put(keyOf(rule), rule.count()));
    values.put(DUE_SOON_KEY, dueSoonDays);
    return values;
  }

  /** The least value a key takes: a count of school days or weeks needs one at least. */
  static int leastFor(String key) {
    return key.equals(DUE_SOON_KEY) || key.endsWith(".days-before-hearing") ? 0 : 1;
  }

  /** This edition with some of its numbers changed, by key ({@link #overridable()}). */
  public PolicyEdition withOverrides(Map<String, Integer> values) {
    Map<DeadlineKind, DeadlineRule> changed = new EnumMap<>(deadlines);
    int dueSoon = dueSoonDays;
    Map<String, Integer> differing = new TreeMap<>(overrides);
    for (Map.Entry<String, Integer> value : values.entrySet()) {
      String key = value.getKey();
      int count = value.getValue();
      if (count < leastFor(key) || count > MOST) {
        throw new IllegalArgumentException(key + " must be from " + leastFor(key) + " to " + MOST);
      }
      if (key.equals(DUE_SOON_KEY)) {
        dueSoon = count;
      } else {
        DeadlineRule rule =
            deadlines.values().stream()
                .filter(r -> keyOf(r).equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " is not a key of " + name));
        changed.put(rule.kind(), rule.withCount(count));
      }
      // A value restated as published is no change: the case is run under the edition as it is
      if (count == overridable().get(key)) {
        differing.remove(key);
      } else {
        differing.put(key, count);
      }
    }
    return new PolicyEdition(
        name, steps, nextActions, breakdownCategories, told, rules, changed, dueSoon, differing);
  }

  /** Whether the other is this edition with the same numbers changed: a case counts the same. */
  public boolean countsAs(PolicyEdition other) {
    return name.equals(other.name) && overrides.equals(other.overrides);
  }

  /** The numbers that differ from the edition as published, as staff read them. */
  public List<String> overridesInWords() {
    return overrides.entrySet().stream()
        .map(
            override ->
                deadlines.values().stream()
                    .filter(rule -> keyOf(rule).equals(override.getKey()))
                    .findFirst()
                    .map(rule -> rule.kind().title() + ": " + rule.inWords(override.getValue()))
                    .orElse("Due soon: " + override.getValue() + " days before a deadline"))
        .toList();
  }

  /** A deadline's key in an override file: "deadlines.planning-meeting.school-days". */
  static String keyOf(DeadlineRule rule) {
    return "deadlines."
        + rule.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "."
        + rule.unit();
  }

  @Override
  public String toString() {
    return overrides.isEmpty() ? name : name + " " + overrides;
  }
}
