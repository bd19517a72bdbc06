package uk.gov.borough.reintegration.infrastructure.policy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.policy.EditionOverrides;
import uk.gov.borough.reintegration.domain.policy.EditionOverrides.InvalidOverridesException;
import uk.gov.borough.reintegration.domain.policy.Editions;
import uk.gov.borough.reintegration.domain.policy.PolicyEdition;

/**
 * The policy edition new cases are opened under ({@code reintegration.policy.edition}), with the
 * numbers the deployer's override file changes ({@code reintegration.policy.override-file}), read
 * once at start-up; and the edition each case keeps. A name no edition has, or a file that cannot
 * be taken, is a {@link #problem()}: readiness is DOWN and the section refuses work, since a
 * borough that named an override must not run without it.
 */
@ApplicationScoped
public class PolicyEditions {

  private static final Logger LOG = Logger.getLogger(PolicyEditions.class.getName());

  /** Unset: the first edition. A default in code, since an EAR checks settings before the WAR's. */
  @Inject
  @ConfigProperty(name = "reintegration.policy.edition")
  Optional<String> editionName;

  @Inject
  @ConfigProperty(name = "reintegration.policy.override-file")
  Optional<String> overrideFile;

  private PolicyEdition forNewCases;

  private String problem;

  @PostConstruct
  void read() {
    try {
      String name = editionName.orElse(Editions.HAVERING_2020_21.name());
      PolicyEdition edition =
          Editions.named(name)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "reintegration.policy.edition names no edition of the policy: \""
                              + name
                              + "\"; the editions are "
                              + Editions.names()));
      forNewCases =
          overrideFile.isEmpty()
              ? edition
              : edition.withOverrides(
                  EditionOverrides.read(
                      overrideFile.get(),
                      edition,
                      Files.readAllLines(Path.of(overrideFile.get()), StandardCharsets.UTF_8)));
      LOG.log(Level.INFO, "New cases are opened under the policy edition {0}", forNewCases);
    } catch (IllegalStateException | InvalidOverridesException notTaken) {
      problem = notTaken.getMessage();
    } catch (IOException unreadable) {
      problem =
          "reintegration.policy.override-file "
              + overrideFile.orElseThrow()
              + " cannot be read: "
              + unreadable;
    }
    if (problem != null) {
      LOG.log(Level.SEVERE, "The policy settings are not valid: {0}", problem);
    }
  }

  /** Read as the application starts, so the log says at once what is wrong. */
  void atStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    problem();
  }

  /** What is wrong with the policy settings; empty when the section may work. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The edition a case opened now is run under. */
  public PolicyEdition forNewCases() {
    if (problem != null) {
      throw new IllegalStateException("The policy settings are not valid: " + problem);
    }
    return forNewCases;
  }

  /** Whether the case runs under the edition new cases are opened under now, numbers and all. */
  public boolean runsUnderEditionInForce(ReintegrationCase c) {
    return of(c).countsAs(forNewCases());
  }

  /** The edition the case was opened under, with the numbers overridden then. */
  public PolicyEdition of(ReintegrationCase c) {
    PolicyEdition edition =
        Editions.named(c.getPolicyEdition())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Case " + c.getId() + " names an unknown edition " + c.getPolicyEdition()));
    String overrides = c.getPolicyOverrides();
    return overrides == null
        ? edition
        : edition.withOverrides(
            EditionOverrides.read("case " + c.getId(), edition, overrides.lines().toList()));
  }
}
