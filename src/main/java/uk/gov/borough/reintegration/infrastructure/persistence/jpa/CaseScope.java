package uk.gov.borough.reintegration.infrastructure.persistence.jpa;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Permission;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * The cases a caller may see, as a condition on a query: the one definition every scoped query
 * uses, whether it reads cases or records of cases.
 */
final class CaseScope {

  private static final List<String> LEADS =
      List.of(
          "currentProvisionLead", "receivingSchoolLead", "inclusionsOfficer", "earlyHelpWorker");

  private CaseScope() {}

  /** The caller's scope, as {@link CaseRepository} describes it. */
  static Predicate visibleTo(
      Caller caller, CriteriaBuilder cb, From<?, ReintegrationCase> reintegration) {
    if (!caller.isCaseworker()) {
      return cb.disjunction();
    }
    if (caller.may(Permission.VIEW_ALL_CASES)) {
      return cb.conjunction();
    }
    List<Predicate> ways = new ArrayList<>();
    if (!caller.establishmentUrns().isEmpty()) {
      Set<String> urns = caller.establishmentUrns();
      From<?, ?> receiving = reintegration.join("receivingSchool", JoinType.LEFT);
      ways.add(reintegration.join("referringSchool", JoinType.LEFT).get("urn").in(urns));
      ways.add(reintegration.join("currentProvision", JoinType.LEFT).get("urn").in(urns));
      ways.add(receiving.get("urn").in(urns));
      // A proposed receiving school sees the case until the panel names another school. The null
      // test is on the joined row: a path through the relation would make the join an inner one.
      ways.add(
          cb.and(
              cb.isNull(receiving.get("id")),
              reintegration.join("proposedReceivingSchool", JoinType.LEFT).get("urn").in(urns)));
    }
    // Named on the case as one of its leads: the social worker's way in (P7, "Case Details").
    for (String lead : LEADS) {
      ways.add(
          cb.equal(reintegration.join(lead, JoinType.LEFT).get("ssoSubject"), caller.subject()));
    }
    return cb.or(ways.toArray(Predicate[]::new));
  }
}
