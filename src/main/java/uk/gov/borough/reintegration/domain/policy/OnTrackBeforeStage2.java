package uk.gov.borough.reintegration.domain.policy;

import java.util.ArrayList;
import java.util.List;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;

/**
 * R3 (P7): Stage 1 is complete, and no step of Stage 2 is taken until it says "on track"; a Stage 1
 * that says "No" says why, what is required to address the barrier, and in how many weeks.
 */
public final class OnTrackBeforeStage2 extends HardRule {

  public OnTrackBeforeStage2() {
    super(Rule.R3);
  }

  /** Stage 1 is recorded and says the pupil is on track. */
  public void check(ReintegrationCase reintegration) {
    if (reintegration.getStage1() == null) {
      throw refusal(
          "Complete Stage 1 of the plan (the aims, targets and whether the pupil is on"
              + " track to return) first.");
    }
    checkNotRefusedByStage1(reintegration);
  }

  /** A Stage 1 that is recorded does not say "not on track"; none recorded is no refusal. */
  public void checkNotRefusedByStage1(ReintegrationCase reintegration) {
    if (reintegration.getStage1() != null && !reintegration.getStage1().isOnTrack()) {
      throw refusal(
          "Stage 1 says the pupil is not on track to return: re-assess Stage 1 as on track before"
              + " the case goes on to Stage 2.");
    }
  }

  /** The form's three questions after a "No" are answered (P7). */
  public void checkBarrierDescribed(Stage1Readiness stage1) {
    if (!Boolean.FALSE.equals(stage1.getOnTrack())) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (isBlank(stage1.getNotOnTrackReason())) {
      missing.add("briefly why the pupil is not on track to return");
    }
    if (isBlank(stage1.getBarrierRequirement())) {
      missing.add("what is required to address the barrier");
    }
    if (stage1.getEstimatedWeeks() == null) {
      missing.add("the estimated number of weeks required to address it");
    }
    if (!missing.isEmpty()) {
      throw refusal(
          "Stage 1 says the pupil is not on track: say " + String.join(", and ", missing) + ".");
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
