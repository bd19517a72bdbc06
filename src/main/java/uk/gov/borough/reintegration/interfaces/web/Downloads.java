package uk.gov.borough.reintegration.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Files a page hands the person to save: a plan, a letter, a panel pack. */
public final class Downloads {

  private Downloads() {}

  /** A file to save: the name is the section's own, never one a person typed. */
  public static void send(byte[] content, String contentType, String fileName) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType(contentType);
    response.setResponseContentLength(content.length);
    response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try {
      response.getResponseOutputStream().write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
