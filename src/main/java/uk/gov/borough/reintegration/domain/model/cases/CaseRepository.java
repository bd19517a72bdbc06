package uk.gov.borough.reintegration.domain.model.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.party.Pupil;

/**
 * The cases, always as one caller may see them (issue 3): every read takes the caller, and a case
 * outside their scope is indistinguishable from one that does not exist. A caller sees a case
 * through an establishment they belong to (referring, current, or receiving from when it is
 * proposed until the panel names another), through being named on it as a lead, or through a role
 * that sees every case (DESIGN.md, "Who uses it").
 */
public interface CaseRepository {

  /** The case, if it exists and the caller may see it. */
  Optional<ReintegrationCase> find(Caller caller, long id);

  /** A page of the caller's cases that match the query. */
  List<ReintegrationCase> list(Caller caller, CaseQuery query, int first, int max);

  /** The caller's cases still open (not closed), oldest first, at most {@code max}. */
  List<ReintegrationCase> open(Caller caller, int max);

  /** How many of the caller's cases match the query. */
  long count(Caller caller, CaseQuery query);

  /**
   * A new case, written at once, unless its pupil has an open case already: false then, and nothing
   * is written. The database's constraint decides, so that of two cases opened at the same moment
   * only one stands (issue 13).
   */
  boolean storeNew(ReintegrationCase reintegrationCase);

  /**
   * The id of the pupil's open case, whoever may see it: only to tell someone opening a second one
   * that it exists. Naming it to them is {@link #find}'s to allow.
   */
  Optional<Long> openCaseOf(Pupil pupil);

  /**
   * Raises the case's version with a change its own row does not hold (a parent or carer), so that
   * of two changes made on one version only the first is saved.
   */
  void raiseVersion(ReintegrationCase reintegrationCase);

  /** A new record kept on a case: a note, a history entry, a decision, a deadline, a message. */
  <T extends BelongsToCase> T add(T record);

  /** The records of one kind kept on a case the caller was given by {@link #find}, oldest first. */
  <T extends BelongsToCase> List<T> recordsOf(ReintegrationCase reintegrationCase, Class<T> type);

  /**
   * A page of the case's timeline, newest first, of the kinds asked for: read a page at a time from
   * the database, however long the case has run.
   */
  Chronology chronologyOf(
      ReintegrationCase reintegrationCase, Set<Chronology.Kind> kinds, int first, int max);
}
