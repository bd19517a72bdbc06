package uk.gov.borough.reintegration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import uk.gov.borough.reintegration.application.InvalidReferenceException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentRepository;
import uk.gov.borough.reintegration.domain.policy.EditionOverrides;
import uk.gov.borough.reintegration.domain.policy.HardRules;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;
import uk.gov.borough.reintegration.domain.policy.Step;
import uk.gov.borough.reintegration.infrastructure.policy.PolicyEditions;

/**
 * What every part of the process does alike: finds the case for a step of the edition it runs
 * under, asks that edition's rules, moves the case by a step of it, and reads the day.
 */
@ApplicationScoped
class CaseSteps {

  @Inject CaseAccess access;

  @Inject CaseRepository cases;

  @Inject EstablishmentRepository establishments;

  @Inject PolicyEditions editions;

  @Inject Clock clock;

  @Inject Validator validator;

  /** The case is run under the edition, with the numbers it overrides, until it closes. */
  static void runUnder(ReintegrationCase c, PolicyEdition edition) {
    c.openUnder(
        edition.name(),
        edition.overrides().isEmpty() ? null : EditionOverrides.write(edition.overrides()));
  }

  /** The case, for a step of the edition it runs under (CaseAccess#caseForStep). */
  ReintegrationCase forStep(Caller caller, long caseId, long version, Step step) {
    return access.caseForStep(caller, caseId, version, step);
  }

  /** The hard rules of the edition the case runs under. */
  HardRules rules(ReintegrationCase c) {
    return editions.of(c).rules();
  }

  /** Whether the step belongs where the case stands, on its route. */
  boolean belongsWhereItStands(ReintegrationCase c, Step step) {
    return editions.of(c).step(step).belongsWhere(c.getStatus(), c.getRoute());
  }

  /** Takes the step of the case's edition, recording the move in the history. */
  void move(ReintegrationCase c, Step step, Caller caller, String reason) {
    c.take(editions.of(c).step(step), caller.name(), reason, now()).ifPresent(cases::add);
  }

  Establishment establishment(String field, long id) {
    return establishments
        .find(id)
        .orElseThrow(() -> new InvalidReferenceException(field, "No establishment has that id"));
  }

  /**
   * Refuses a record a step changed or made, naming each field at fault, now rather than when the
   * transaction writes it (issue 13).
   */
  <T> T requireValid(T record) {
    Set<ConstraintViolation<T>> violations = validator.validate(record);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return record;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
