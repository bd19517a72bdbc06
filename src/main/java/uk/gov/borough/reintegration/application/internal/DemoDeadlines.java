package uk.gov.borough.reintegration.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Role;
import uk.gov.borough.reintegration.domain.model.calendar.TermDatesMissingException;
import uk.gov.borough.reintegration.domain.model.cases.CaseRepository;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.infrastructure.persistence.DatabaseMigrated;

/**
 * The demo's cases are written by SQL as if their steps had been taken, but SQL cannot count school
 * days. Once the demo data is in, each open demo case with no deadline stored has its deadlines
 * counted as its steps would have counted them, with the leads the demo names (issue 16, part 6):
 * My work, the cases list and the reminders show dates and people on the first run.
 */
@Stateless
public class DemoDeadlines {

  private static final Logger LOG = Logger.getLogger(DemoDeadlines.class.getName());

  /** Sees every case, as the Admissions & Inclusion team does, and is named as such in the log. */
  private static final Caller DEMO_DATA =
      new Caller("demo-data", "Demo data", Set.of(Role.INCLUSION_OFFICER), Set.of());

  @Inject
  @ConfigProperty(name = "reintegration.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject CaseRepository cases;

  @Inject DeadlinePlanner planner;

  @Resource SessionContext self;

  /** Counted in a transaction of its own: a database gone away leaves the migration done. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void countOnceMigrated(@Observes DatabaseMigrated migrated) {
    if (!demoData) {
      return;
    }
    try {
      int counted = self.getBusinessObject(DemoDeadlines.class).countForOpenCases();
      LOG.log(Level.INFO, "Demo data: deadlines counted for {0} open case(s)", counted);
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Demo data: deadlines not counted: {0}", e.getMessage());
    }
  }

  /** Answers how many cases had their deadlines counted. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int countForOpenCases() {
    int counted = 0;
    for (ReintegrationCase c : cases.open(DEMO_DATA, Integer.MAX_VALUE)) {
      if (!cases.recordsOf(c, Deadline.class).isEmpty()) {
        continue;
      }
      try {
        planner.planFromRecords(c);
        counted++;
      } catch (TermDatesMissingException e) {
        // Expected: the demo's calendar has no 2025/26, when its finished cases ran
        LOG.log(
            Level.INFO,
            "Demo case {0}: deadlines not counted: {1}",
            new Object[] {c.getId(), e.getMessage()});
      }
    }
    return counted;
  }
}
