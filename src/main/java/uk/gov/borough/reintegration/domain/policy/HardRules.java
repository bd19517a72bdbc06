package uk.gov.borough.reintegration.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/** The hard rules an edition holds, one class each, as the services ask them. */
public record HardRules(
    ConsentBeforeReferral consent,
    ReadinessShownBeforeStart readinessShown,
    OnTrackBeforeStage2 onTrack,
    UniformDecidedAtReferral uniform,
    RatifiedBeforePlanningMeeting ratifiedBeforePlanningMeeting,
    TransitionMeetingAttended transitionMeetingAttended,
    GroundsForEnding groundsForEnding,
    EndingToldToParties endingTold,
    RollAfterAcknowledgement rollAfterAcknowledgement,
    OliveAcademyAfterPermanentExclusion oliveAcademyReturn) {

  /**
   * What the referral waits for before it is submitted to the panel (P4: R1, R3, R4), each as the
   * refusal its rule would give; none when it may go. The draft's page lists them, the service
   * refuses with the first.
   */
  public List<RuleViolation> unmetBeforeReferral(ReintegrationCase reintegration) {
    List<RuleViolation> unmet = new ArrayList<>();
    List<Consumer<ReintegrationCase>> checks =
        List.of(consent::check, onTrack::check, uniform::check);
    for (Consumer<ReintegrationCase> check : checks) {
      try {
        check.accept(reintegration);
      } catch (RuleViolation refused) {
        unmet.add(refused);
      }
    }
    return unmet;
  }

  /** The rules of the 2020/21 policy, as DESIGN.md numbers them. */
  static HardRules of2020() {
    return new HardRules(
        new ConsentBeforeReferral(),
        new ReadinessShownBeforeStart(),
        new OnTrackBeforeStage2(),
        new UniformDecidedAtReferral(),
        new RatifiedBeforePlanningMeeting(),
        new TransitionMeetingAttended(),
        new GroundsForEnding(),
        new EndingToldToParties(),
        new RollAfterAcknowledgement(),
        new OliveAcademyAfterPermanentExclusion());
  }
}
