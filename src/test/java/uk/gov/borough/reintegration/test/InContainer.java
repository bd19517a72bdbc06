package uk.gov.borough.reintegration.test;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.util.function.Function;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What an in-container test adds to the WAR the build produced: this bean, which runs a piece of
 * the test in a transaction of its own with the application's persistence unit, as a service would.
 */
@Stateless
public class InContainer {

  @PersistenceContext private EntityManager entityManager;

  /**
   * Arquillian's own servlet runs each test inside the server; the section lets nobody in unsigned,
   * so a web fragment of the test's opens that one address.
   */
  private static final String OPEN_TEST_RUNNER =
      """
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>in_container_tests</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>Arquillian test runner</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;

  /** The built WAR with this bean added: the deployment of every in-container test. */
  public static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("reintegration.test.war")))
        .addClass(InContainer.class)
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "in-container-tests.jar")
                .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
  }

  /** Runs the work in a new transaction, committed when it returns. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> T inTransaction(Function<EntityManager, T> work) {
    T result = work.apply(entityManager);
    entityManager.flush();
    return result;
  }
}
