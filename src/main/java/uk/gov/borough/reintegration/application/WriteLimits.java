package uk.gov.borough.reintegration.application;

import uk.gov.borough.reintegration.domain.model.access.Caller;

/**
 * How fast one person may write (issue 14): a broken script or a stolen account must not fill a
 * case with meetings, notes or drafts, nor a family's inbox with their messages. Counted in the
 * database, so the limits hold across every server of a cluster.
 */
public interface WriteLimits {

  /** Counts one write by the caller, or refuses it past the writes a person may make a minute. */
  void allowWrite(Caller caller);

  /** Counts one new referral by the caller, or refuses it past the referrals allowed an hour. */
  void allowReferral(Caller caller);
}
