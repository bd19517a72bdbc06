package uk.gov.borough.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest file a case takes (a scanned form, not an archive), from {@code
 * reintegration.limits.upload-mb}: the case service refuses a larger one, and the pages and the
 * request limits ask it here.
 */
@Named
@ApplicationScoped
public class DocumentLimit {

  static final String KEY = "reintegration.limits.upload-mb";

  /**
   * The container parses a form with its file up to 20 MB (WEB-INF/web.xml, multipart-config); the
   * setting must leave room for the form's other fields within that.
   */
  private static final int MOST_THE_CONTAINER_PARSES_MB = 19;

  @Inject
  @ConfigProperty(name = KEY, defaultValue = "10")
  int megabytes;

  /** Checked when the application starts, so a wrong setting stops the deployment. */
  void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Settings.atLeastOne(KEY, megabytes);
    if (megabytes > MOST_THE_CONTAINER_PARSES_MB) {
      throw new IllegalStateException(
          KEY + " must be at most " + MOST_THE_CONTAINER_PARSES_MB + "; it is " + megabytes);
    }
  }

  /** As the pages and messages say it. */
  public int getMegabytes() {
    return megabytes;
  }

  public int mostBytes() {
    return megabytes * 1024 * 1024;
  }

  /** Whether a file of this many bytes is too large to attach. */
  public boolean refuses(long bytes) {
    return bytes > mostBytes();
  }
}
