package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.CaseService.PupilChoice;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.application.ReferralService;
import uk.gov.borough.reintegration.application.WriteLimits;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * A new referral by the provider (issue 5, item 4; P4, P7): the pupil found in the portal's records
 * as their name or UPN is typed, the route and the schools. The draft it opens is completed on the
 * case page: parents and carers, consent, Stage 1, uniform and the AP start.
 */
@Named("newReferral")
@RequestScoped
public class NewReferralPage {

  /** The UPN at the end of a pupil as the lookup offers them: "…, UPN A123456789012". */
  private static final Pattern OFFERED_UPN = Pattern.compile("UPN (\\S+)$");

  @Inject CaseService caseService;

  @Inject ReferralService referralService;

  @Inject EstablishmentDirectory establishments;

  @Inject Caller caller;

  @Inject WriteLimits writeLimits;

  @Inject PolicyEditions editions;

  private String pupil;
  private Route route;
  private Long referringSchoolId;
  private Long currentProvisionId;
  private Long proposedReceivingSchoolId;
  private ReintegrationCase opened;

  /** Whether the person opens referrals on some route: the edition says whose step it is. */
  public boolean isReferrer() {
    return editions.forNewCases().step(Step.OPEN_REFERRAL).isInTheRoleOf(caller);
  }

  /**
   * The pupils matching what was typed, each as name, year and UPN: no more about a child than
   * tells them apart.
   */
  public List<String> pupilsMatching(String typed) {
    return caseService.pupilsMatching(caller, typed).stream()
        .map(NewReferralPage::offered)
        .toList();
  }

  /** Opens the draft and goes on to its page, where the rest of the referral is completed. */
  public String open() {
    String next =
        PageSteps.attempt(
            () -> {
              writeLimits.allowReferral(caller);
              opened =
                  referralService.openReferral(
                      caller,
                      new ReferralService.NewReferral(
                          upnOf(pupil),
                          route,
                          referringSchoolId,
                          currentProvisionId,
                          proposedReceivingSchoolId));
            },
            "Referral opened as a draft. Add the parents or carers, consent, Stage 1 and the"
                + " uniform decision, then submit it.",
            "/case?faces-redirect=true",
            () -> {});
    return next == null ? null : next + "&id=" + opened.getId();
  }

  public Route[] getRoutes() {
    return Route.values();
  }

  public List<Establishment> getSchools() {
    return establishments.list(Optional.of(EstablishmentKind.MAINSTREAM));
  }

  /**
   * The schools a pupil may be on the roll of: a mainstream school, or Olive Academy for a
   * permanently excluded pupil (P4).
   */
  public List<Establishment> getSchoolsOfRoll() {
    return establishments.list(Optional.empty()).stream()
        .filter(
            e ->
                e.getKind() == EstablishmentKind.MAINSTREAM
                    || e.getKind() == EstablishmentKind.AP_ACADEMY)
        .toList();
  }

  /** The person's own schools and provisions: a provider refers its own pupils only. */
  public List<Establishment> getOwnEstablishments() {
    return establishments.list(Optional.empty()).stream()
        .filter(e -> caller.belongsTo(e.getUrn()))
        .toList();
  }

  static String offered(PupilChoice p) {
    return p.givenName()
        + " "
        + p.familyName()
        + (p.yearGroup() == null ? "" : ", year " + p.yearGroup())
        + ", UPN "
        + p.upn();
  }

  /** The UPN of a pupil chosen from the lookup, or what was typed, taken as a UPN. */
  static String upnOf(String chosen) {
    if (chosen == null) {
      return null;
    }
    Matcher offered = OFFERED_UPN.matcher(chosen.strip());
    return offered.find() ? offered.group(1) : chosen.strip();
  }

  public String getPupil() {
    return pupil;
  }

  public void setPupil(String pupil) {
    this.pupil = pupil;
  }

  public Route getRoute() {
    return route;
  }

  public void setRoute(Route route) {
    this.route = route;
  }

  public Long getReferringSchoolId() {
    return referringSchoolId;
  }

  public void setReferringSchoolId(Long referringSchoolId) {
    this.referringSchoolId = referringSchoolId;
  }

  public Long getCurrentProvisionId() {
    if (currentProvisionId == null && !FacesContext.getCurrentInstance().isPostback()) {
      List<Establishment> own = getOwnEstablishments();
      // One's own provision, when there is only one, is the one meant
      if (own.size() == 1) {
        currentProvisionId = own.get(0).getId();
      }
    }
    return currentProvisionId;
  }

  public void setCurrentProvisionId(Long currentProvisionId) {
    this.currentProvisionId = currentProvisionId;
  }

  public Long getProposedReceivingSchoolId() {
    return proposedReceivingSchoolId;
  }

  public void setProposedReceivingSchoolId(Long proposedReceivingSchoolId) {
    this.proposedReceivingSchoolId = proposedReceivingSchoolId;
  }
}
