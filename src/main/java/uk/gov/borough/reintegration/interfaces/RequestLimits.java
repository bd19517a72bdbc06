package uk.gov.borough.reintegration.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.application.DocumentLimit;
import uk.gov.borough.reintegration.application.Settings;

/**
 * How large a request may be, from configuration: a JSON body or form (256 KB by default) and a
 * document uploaded with its form ({@link DocumentLimit}). One oversized body must never take the
 * heap with it, so each limit is checked before the body is read into memory.
 */
@Named
@ApplicationScoped
public class RequestLimits {

  static final String BODY_KEY = "reintegration.limits.request-body-kb";

  /** A multipart form carries its other fields and boundaries beside the file. */
  private static final long FORM_BESIDE_UPLOAD_BYTES = 1024 * 1024;

  @Inject
  @ConfigProperty(name = BODY_KEY, defaultValue = "256")
  int bodyKilobytes;

  @Inject DocumentLimit documents;

  /** Checked when the application starts, so a wrong setting stops the deployment. */
  void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Settings.atLeastOne(BODY_KEY, bodyKilobytes);
  }

  /** The largest JSON body or form the section reads. */
  public long mostBodyBytes() {
    return bodyKilobytes * 1024L;
  }

  /** The largest body this request may have: a form with a document, or any other body. */
  public long mostBytesOf(HttpServletRequest request) {
    return isUpload(request) ? documents.mostBytes() + FORM_BESIDE_UPLOAD_BYTES : mostBodyBytes();
  }

  static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }
}
