package uk.gov.borough.reintegration.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.gov.borough.reintegration.application.RecordConflictException;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.party.Pupil;

/**
 * The refusal of a second open case for a pupil (issue 13): it names the open case to a caller who
 * may see it, and says only that there is one to a caller who may not. It reads in a transaction of
 * its own, because after the database has refused a second open case the refused transaction can
 * read nothing more (PostgreSQL).
 */
@Stateless
public class OpenCases {

  @Inject CaseRepository cases;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RecordConflictException refusalOfSecond(Caller caller, Pupil pupil) {
    return new RecordConflictException(
        "pupilUpn",
        cases
            .openCaseOf(pupil)
            .flatMap(id -> cases.find(caller, id))
            .map(
                open ->
                    "This pupil already has an open case, case "
                        + open.getId()
                        + ": carry on with that one rather than opening another.")
            .orElse(
                "This pupil already has an open case, so another cannot be opened. Ask the"
                    + " Admissions and Inclusion team about it."));
  }
}
