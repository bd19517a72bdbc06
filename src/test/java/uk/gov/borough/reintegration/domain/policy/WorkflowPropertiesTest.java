package uk.gov.borough.reintegration.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.RollDecision;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.policy.CaseWorld.Answer;
import uk.gov.borough.reintegration.domain.policy.CaseWorld.Snapshot;

/**
 * The workflow explored at random (issue 15): sequences of any step, by any demo person, on a case
 * of any route, some on a stale version and many out of place, each checked after every action
 * against what the edition allows. The figures are printed once all sequences have run.
 */
class WorkflowPropertiesTest {

  private static final int SEQUENCES = 10_000;

  private static final AtomicInteger sequences = new AtomicInteger();
  private static final List<Integer> lengths = Collections.synchronizedList(new ArrayList<>());
  private static final Map<Answer, Integer> answers =
      Collections.synchronizedMap(new EnumMap<>(Answer.class));
  private static final Map<Step, Integer> triedPerStep =
      Collections.synchronizedMap(new EnumMap<>(Step.class));

  @Property(tries = SEQUENCES)
  void everyActionLeavesTheCaseWhereTheEditionAllows(
      @ForAll("sequences") ActionChain<CaseWorld> chain) {
    chain
        .withInvariant(
            "a path to a closed status", WorkflowPropertiesTest::aClosedStatusIsReachable)
        .withInvariant(
            "no removal from the roll before the acknowledgement (R12)",
            world -> assertEquals(List.of(), world.rollRemovalsBeforeAcknowledgement()));
    CaseWorld last = chain.run();
    sequences.incrementAndGet();
    lengths.add(chain.transformations().size());
    last.tried().forEach((step, count) -> triedPerStep.merge(step, count, Integer::sum));
  }

  @Provide
  Arbitrary<ActionChain<CaseWorld>> sequences() {
    return Arbitraries.of(Route.values())
        .flatMap(
            route ->
                ActionChain.startWith(() -> new CaseWorld(route))
                    .withAction(new Attempt())
                    .withMaxTransformations(40));
  }

  /** One attempt: usually a step in place by one whose step it is, sometimes anything at all. */
  static final class Attempt implements Action.Dependent<CaseWorld> {

    @Override
    public Arbitrary<Transformer<CaseWorld>> transformer(CaseWorld world) {
      List<Step> inPlace = world.stepsInPlace();
      Arbitrary<Step> anyStep = Arbitraries.of(Step.class);
      Arbitrary<Step> step =
          inPlace.isEmpty()
              ? anyStep
              : Arbitraries.frequencyOf(
                  net.jqwik.api.Tuple.of(7, Arbitraries.of(inPlace)),
                  net.jqwik.api.Tuple.of(3, anyStep));
      return step.flatMap(
          chosen -> {
            List<Caller> takers = world.takersOf(chosen);
            Arbitrary<Caller> anyone = Arbitraries.of(CaseWorld.PEOPLE);
            Arbitrary<Caller> caller =
                takers.isEmpty()
                    ? anyone
                    : Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, Arbitraries.of(takers)),
                        net.jqwik.api.Tuple.of(1, anyone));
            return net.jqwik.api.Combinators.combine(
                    caller,
                    Arbitraries.integers().between(1, 20).map(n -> n == 1),
                    Arbitraries.of(RollDecision.class))
                .as(
                    (who, stale, roll) ->
                        Transformer.mutate(
                            chosen
                                + " by "
                                + who.subject()
                                + (stale ? " (stale)" : "")
                                + ", "
                                + roll,
                            w -> attemptAndCheck(w, chosen, who, stale, roll)));
          });
    }
  }

  /** The attempt, and what holds after it whatever its answer. */
  private static void attemptAndCheck(
      CaseWorld world, Step step, Caller caller, boolean stale, RollDecision roll) {
    Snapshot before = world.snapshot();
    Answer answer = world.attempt(step, caller, stale, roll);
    answers.merge(answer, 1, Integer::sum);
    Snapshot after = world.snapshot();
    if (answer != Answer.ACCEPTED) {
      assertEquals(before, after, "a refused action changes nothing: " + step + ", " + answer);
      return;
    }
    StepRule rule = CaseWorld.EDITION.step(step);
    assertTrue(rule.belongsAt(before.status()), step + " taken from " + before.status());
    CaseStatus expected =
        switch (rule.move()) {
          case MOVES, PAUSES -> rule.to();
          case RESUMES -> before.before();
          case RECORDS -> before.status();
        };
    assertEquals(expected, after.status(), "the status the edition gives " + step);
    assertEquals(before.version() + 1, after.version(), "an accepted write raises the version");
  }

  /**
   * From where the case stands, the edition's steps on its route lead to a closed status: no case
   * is left where nothing can end it.
   */
  private static void aClosedStatusIsReachable(CaseWorld world) {
    Route route = world.reintegration.getRoute();
    Set<CaseStatus> seen = EnumSet.noneOf(CaseStatus.class);
    Deque<CaseStatus> next = new ArrayDeque<>(List.of(world.reintegration.getStatus()));
    while (!next.isEmpty()) {
      CaseStatus status = next.pop();
      if (status.isClosed()) {
        return;
      }
      if (!seen.add(status)) {
        continue;
      }
      for (Step step : Step.values()) {
        StepRule rule = CaseWorld.EDITION.step(step);
        if (!rule.belongsAt(status) || !rule.belongsTo(route)) {
          continue;
        }
        switch (rule.move()) {
          case MOVES, PAUSES -> next.push(rule.to());
          case RESUMES -> resumesTo(world, status).forEach(next::push);
          case RECORDS -> {
            // stays where it is
          }
        }
      }
    }
    throw new AssertionError(world + ": no step of the edition leads to a closed status");
  }

  /** Where a paused case goes on: where this one stood, or wherever a pause could begin. */
  private static Set<CaseStatus> resumesTo(CaseWorld world, CaseStatus paused) {
    if (paused == world.reintegration.getStatus()) {
      return EnumSet.of(world.reintegration.getStatusBeforeStop());
    }
    Set<CaseStatus> from = EnumSet.noneOf(CaseStatus.class);
    for (Step step : Step.values()) {
      StepRule rule = CaseWorld.EDITION.step(step);
      if (rule.move() == StepRule.Move.PAUSES && rule.to() == paused) {
        from.addAll(rule.from());
      }
    }
    return from;
  }

  @AfterContainer
  static void figures() {
    List<Integer> sorted = new ArrayList<>(lengths);
    Collections.sort(sorted);
    int actions = sorted.stream().mapToInt(Integer::intValue).sum();
    int accepted = answers.getOrDefault(Answer.ACCEPTED, 0);
    int median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    System.out.printf(
        "Workflow properties: %d sequences, %d actions, %d accepted (%.0f%%), %d refused %s,"
            + " median length %d%nTried per step: %s%n",
        sequences.get(),
        actions,
        accepted,
        100.0 * accepted / Math.max(1, actions),
        actions - accepted,
        answers,
        median,
        triedPerStep);
    assertTrue(sequences.get() >= SEQUENCES, sequences + " sequences");
    assertTrue(median >= 15, "median length " + median);
    assertTrue(accepted * 10 >= actions * 4, "at least 40% accepted: " + accepted + "/" + actions);
    for (Step step : Step.values()) {
      assertTrue(
          triedPerStep.getOrDefault(step, 0) >= 100,
          step + " tried " + triedPerStep.getOrDefault(step, 0) + " times");
    }
  }
}
