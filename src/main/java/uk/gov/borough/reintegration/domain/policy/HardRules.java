package uk.gov.borough.reintegration.domain.policy;

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
