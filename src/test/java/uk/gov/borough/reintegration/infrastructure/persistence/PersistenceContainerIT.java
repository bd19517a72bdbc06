package uk.gov.borough.reintegration.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.application.internal.DeadlineReminders;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.access.Role;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.audit.AuditTrail;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;
import uk.gov.borough.reintegration.domain.model.outbox.PolicyEvent;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.domain.model.party.EstablishmentKind;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.model.party.Pupil;
import uk.gov.borough.reintegration.domain.model.party.PupilRepository;
import uk.gov.borough.reintegration.domain.policy.DeadlineKind;
import uk.gov.borough.reintegration.domain.policy.Editions;
import uk.gov.borough.reintegration.test.InContainer;

/**
 * The persistence layer inside the server, on this pass's database: sequences, optimistic locking,
 * validation that saves nothing, and pupils read (never written) from the deployer's own table
 * through the mapping file {@code config/pupil-mapping.example.xml}, which the build gives every
 * in-container server.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceContainerIT {

  /** The portal's administrator, who keeps the register of establishments. */
  private static final Caller ADMINISTRATOR =
      new Caller("test-admin", "Test administrator", Set.of(Role.PORTAL_ADMIN), Set.of());

  private static final long PUPIL_ID = 880_001L;
  private static final String PUPIL_UPN = "H801200000001";

  @Deployment
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject InContainer container;

  @Inject EstablishmentDirectory directory;

  @Inject PupilRepository pupils;

  @Inject AuditTrail auditTrail;

  @Inject DeadlineReminders reminders;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject DatabaseMigration migration;

  @BeforeEach
  void portalHasItsOwnPupilTable() throws SQLException, InterruptedException {
    // The database is migrated on a timer once the application has started
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!migration.isMigrated() && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
    assertTrue(migration.isMigrated(), migration.problem());
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS legacy_students (student_id BIGINT PRIMARY KEY,"
              + " unique_pupil_no VARCHAR(13), forename VARCHAR(100), surname VARCHAR(100),"
              + " dob DATE, nc_year INTEGER, fsm_eligible BOOLEAN, sen_provision VARCHAR(1))");
      statement.execute("DELETE FROM legacy_students WHERE student_id = " + PUPIL_ID);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO legacy_students VALUES (?, ?, 'Amara', 'Testpupil', ?, 9, TRUE, 'K')")) {
        insert.setLong(1, PUPIL_ID);
        insert.setString(2, PUPIL_UPN);
        insert.setObject(3, LocalDate.of(2012, 3, 14));
        insert.executeUpdate();
      }
    }
  }

  @Test
  void pupilIsReadFromTheDeployersLegacyTableThroughTheMappingFile() {
    Pupil pupil = pupils.findByUpn(PUPIL_UPN).orElseThrow();

    assertEquals(PUPIL_ID, pupil.getId());
    assertEquals("Amara", pupil.getGivenName());
    assertEquals("Testpupil", pupil.getFamilyName());
    assertEquals(LocalDate.of(2012, 3, 14), pupil.getDateOfBirth());
    assertEquals(9, pupil.getYearGroup());
    assertTrue(pupil.isFreeSchoolMeals());
    assertEquals("K", pupil.getSenStatus());
  }

  @Test
  void pupilIsNeverWrittenEvenWhenItsObjectIsChanged() throws Exception {
    container.inTransaction(
        em -> {
          Pupil pupil = em.find(Pupil.class, PUPIL_ID);
          setField(pupil, "familyName", "Overwritten");
          return em.merge(pupil);
        });

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var row =
            statement.executeQuery(
                "SELECT surname FROM legacy_students WHERE student_id = " + PUPIL_ID)) {
      row.next();
      assertEquals("Testpupil", row.getString(1));
    }
  }

  @Test
  void establishmentGetsAnIdFromItsSequenceAndIsListed() {
    Establishment school =
        directory.register(ADMINISTRATOR, school("Sequence Test School " + unique()));

    assertNotNull(school.getId());
    assertTrue(school.getId() > 0, "ids are positive: " + school.getId());
    assertTrue(
        directory.list(Optional.of(EstablishmentKind.MAINSTREAM)).stream()
            .anyMatch(e -> e.getId().equals(school.getId())));
  }

  @Test
  void valuesThatBreakConstraintsAreRefusedNamingTheFieldsAndNothingIsSaved() {
    int before = directory.list(Optional.empty()).size();

    ConstraintViolationException refused =
        assertThrows(
            ConstraintViolationException.class,
            () ->
                directory.register(
                    ADMINISTRATOR,
                    new Establishment(
                        EstablishmentKind.MAINSTREAM, " ", "12", "not-an-address", false)));

    Set<String> messages =
        violations(refused).stream()
            .map(ConstraintViolation::getMessage)
            .collect(Collectors.toSet());
    assertTrue(messages.contains("Give the establishment's name"), messages.toString());
    assertTrue(
        messages.contains("Give the establishment's DfE URN as 6 or 7 digits"),
        messages.toString());
    assertTrue(
        messages.contains("Give the establishment's mailbox as an e-mail address"),
        messages.toString());
    assertEquals(before, directory.list(Optional.empty()).size());
  }

  @Test
  void staleCopyOfACaseIsRefusedWhenSomeoneElseSavedFirst() {
    Establishment referring =
        directory.register(ADMINISTRATOR, school("Referring School " + unique()));
    Establishment provision =
        directory.register(
            ADMINISTRATOR,
            new Establishment(
                EstablishmentKind.AP_ACADEMY,
                "Test Provision " + unique(),
                uniqueUrn(),
                "ap@example.org",
                true));
    Long caseId =
        container.inTransaction(
            em -> {
              ReintegrationCase reintegration =
                  newCase(em, Route.PERMANENT_EXCLUSION, referring, provision);
              reintegration.addParentCarer(
                  "Jo Testparent", "Mother", "jo@example.org", "1 Test Street", true);
              em.persist(reintegration);
              return reintegration.getId();
            });
    ReintegrationCase first = read(caseId);
    ReintegrationCase second = read(caseId);

    container.inTransaction(
        em -> {
          first.recordApStart(LocalDate.of(2026, 9, 7));
          return em.merge(first);
        });
    // An application exception (ejb-jar.xml): the caller gets it as it is, to answer 409.
    assertThrows(
        OptimisticLockException.class,
        () ->
            container.inTransaction(
                em -> {
                  second.recordApStart(LocalDate.of(2026, 9, 14));
                  return em.merge(second);
                }));

    ReintegrationCase saved = read(caseId);
    assertEquals(LocalDate.of(2026, 9, 7), saved.getApStartDate());
    assertEquals(first.getVersion() + 1, saved.getVersion());
    assertEquals("Testpupil", saved.getPupil().getFamilyName());
    assertEquals(1, saved.getParentCarers().size());
  }

  @Test
  void everyChangeIsRecordedInTheAuditTrailWithItsValuesBeforeAndAfter() {
    Establishment referring =
        directory.register(ADMINISTRATOR, school("Referring School " + unique()));
    Establishment proposed =
        directory.register(ADMINISTRATOR, school("Proposed School " + unique()));
    Long caseId =
        container.inTransaction(
            em -> {
              ReintegrationCase reintegration =
                  newCase(em, Route.DIRECTION_OFF_SITE, referring, referring);
              reintegration.recordApStart(LocalDate.of(2026, 9, 7));
              em.persist(reintegration);
              return reintegration.getId();
            });

    container.inTransaction(
        em -> {
          ReintegrationCase reintegration = em.find(ReintegrationCase.class, caseId);
          reintegration.recordApStart(LocalDate.of(2026, 9, 14));
          reintegration.proposeReceivingSchool(em.merge(proposed));
          reintegration.addParentCarer("Sam Testcarer", "Aunt", null, "2 Test Lane", false);
          return reintegration;
        });

    List<AuditEntry> trail = auditTrail.ofCase(caseId);
    assertEquals(
        List.of(AuditKind.CREATED, AuditKind.CHANGED, AuditKind.CREATED),
        trail.stream().map(AuditEntry::getKind).toList(),
        "the case created, changed, and a carer added to it");
    AuditEntry created = trail.get(0);
    assertEquals("ReintegrationCase", created.getEntity());
    assertEquals(caseId, created.getEntityId());
    assertEquals(AuditEntry.SYSTEM, created.getActorSubject(), "no caller outside a request");
    assertTrue(created.getDetail().contains("\"apStartDate\":\"2026-09-07\""), created.getDetail());
    String changed = trail.get(1).getDetail();
    assertTrue(
        changed.contains("\"apStartDate\":{\"before\":\"2026-09-07\",\"after\":\"2026-09-14\"}"),
        changed);
    assertTrue(
        changed.contains(
            "\"proposedReceivingSchool\":{\"before\":null,\"after\":" + proposed.getId() + "}"),
        changed);
    assertEquals("ParentCarer", trail.get(2).getEntity());
    assertTrue(trail.get(2).getDetail().contains("Sam Testcarer"), trail.get(2).getDetail());
  }

  @Test
  void aDeadlineDueSoonThenOverdueRemindsItsLeadOnceEach() {
    Establishment school = directory.register(ADMINISTRATOR, school("Reminder School " + unique()));
    LocalDate due = LocalDate.of(2027, 1, 14);
    Long caseId =
        container.inTransaction(
            em -> {
              ReintegrationCase reintegration =
                  newCase(em, Route.DIRECTION_OFF_SITE, school, school);
              em.persist(reintegration);
              Lead lead =
                  new Lead(
                      LeadRole.CURRENT_SCHOOL_OR_AP_LEAD,
                      "Pat Reminder",
                      "pat.reminder@example.org",
                      em.merge(school));
              em.persist(lead);
              em.persist(
                  new Deadline(
                      reintegration, DeadlineKind.START, due.minusDays(14), null, due, lead));
              return reintegration.getId();
            });

    container.inTransaction(em -> reminders.writeReminders(due.minusDays(10)));
    container.inTransaction(em -> reminders.writeReminders(due.minusDays(2)));
    container.inTransaction(em -> reminders.writeReminders(due.minusDays(1)));
    container.inTransaction(em -> reminders.writeReminders(due.plusDays(1)));
    container.inTransaction(em -> reminders.writeReminders(due.plusDays(2)));

    List<OutboxMessage> sent =
        container.inTransaction(
            em ->
                em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.reintegrationCase.id = :id"
                            + " ORDER BY m.id",
                        OutboxMessage.class)
                    .setParameter("id", caseId)
                    .getResultList());
    assertEquals(
        List.of(PolicyEvent.DEADLINE_DUE_SOON, PolicyEvent.DEADLINE_OVERDUE),
        sent.stream().map(OutboxMessage::getEvent).toList(),
        "once when due soon, once when overdue");
    assertEquals("pat.reminder@example.org", sent.get(0).getRecipientEmail());
    assertTrue(sent.get(1).getBody().contains("R8, policy"), sent.get(1).getBody());
    Number claims =
        container.inTransaction(
            em ->
                (Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM ri_reminder_claim c"
                                + " JOIN ri_deadline d ON d.id = c.deadline_id WHERE d.case_id = ?1")
                        .setParameter(1, caseId)
                        .getSingleResult());
    assertEquals(2, claims.intValue(), "one claim for each reminder written");
  }

  /**
   * Issue 16: with no lead named for the party that answers for a deadline, its reminder goes to
   * the party's shared mailbox (the provider's, for the 4-week review) rather than to nobody.
   */
  @Test
  void aReminderForADeadlineWithNoLeadNamedReachesTheResponsiblePartysMailbox() {
    Establishment provider =
        directory.register(
            ADMINISTRATOR,
            new Establishment(
                EstablishmentKind.OTHER_AP,
                "Unnamed Lead AP " + unique(),
                uniqueUrn(),
                "unnamed-lead-ap@example.org",
                false));
    LocalDate due = LocalDate.of(2027, 2, 11);
    Long caseId =
        container.inTransaction(
            em -> {
              ReintegrationCase reintegration =
                  newCase(em, Route.DIRECTION_OFF_SITE, provider, provider);
              em.persist(reintegration);
              em.persist(
                  new Deadline(
                      reintegration,
                      DeadlineKind.FOUR_WEEK_REVIEW,
                      due.minusDays(28),
                      null,
                      due,
                      null));
              return reintegration.getId();
            });

    container.inTransaction(em -> reminders.writeReminders(due.plusDays(1)));

    List<OutboxMessage> sent =
        container.inTransaction(
            em ->
                em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.reintegrationCase.id = :id",
                        OutboxMessage.class)
                    .setParameter("id", caseId)
                    .getResultList());
    assertEquals(1, sent.size(), "one overdue reminder");
    assertEquals(PolicyEvent.DEADLINE_OVERDUE, sent.get(0).getEvent());
    assertEquals("unnamed-lead-ap@example.org", sent.get(0).getRecipientEmail());
  }

  /**
   * A case between establishments saved earlier, of a pupil of its own in the portal's table: a
   * pupil has at most one open case.
   */
  private static ReintegrationCase newCase(
      EntityManager em, Route route, Establishment referring, Establishment current) {
    long pupilId = PUPIL_ID + 1 + ThreadLocalRandom.current().nextInt(1_000_000);
    em.createNativeQuery(
            "INSERT INTO legacy_students VALUES (?1, ?2, 'Casey', 'Testpupil', ?3, 9, FALSE, 'N')")
        .setParameter(1, pupilId)
        .setParameter(2, String.format("H8%011d", pupilId))
        .setParameter(3, LocalDate.of(2012, 3, 14))
        .executeUpdate();
    ReintegrationCase c =
        new ReintegrationCase(
            em.find(Pupil.class, pupilId), route, em.merge(referring), em.merge(current));
    c.openUnder(Editions.HAVERING_2020_21.name(), null);
    return c;
  }

  private ReintegrationCase read(long caseId) {
    return container.inTransaction(
        em -> {
          ReintegrationCase found = em.find(ReintegrationCase.class, caseId);
          found.getParentCarers().size();
          return found;
        });
  }

  private static Establishment school(String name) {
    return new Establishment(
        EstablishmentKind.MAINSTREAM, name, uniqueUrn(), "office@example.org", false);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** URNs are unique: each test's establishments get their own, in a range no demo school uses. */
  private static String uniqueUrn() {
    return String.valueOf(800_000 + ThreadLocalRandom.current().nextInt(100_000));
  }

  private static Set<ConstraintViolation<?>> violations(Throwable refused) {
    for (Throwable t = refused; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return violation.getConstraintViolations();
      }
    }
    throw new AssertionError("No constraint violations in " + refused);
  }

  private static void setField(Object target, String name, Object value) {
    try {
      var field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
