package uk.gov.borough.reintegration.domain.model.access;

/**
 * A person signed in at the borough's provider: fired once per sign-in, so that what depends on who
 * they are can follow (issue 16, a lead named by e-mail is bound to them).
 *
 * @param caller who signed in
 * @param verifiedEmail the e-mail the provider says it verified as theirs, or null
 */
public record SignedIn(Caller caller, String verifiedEmail) {}
