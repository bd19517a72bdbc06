package uk.gov.borough.reintegration.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Files a page hands the person to save: a plan, a letter, a panel pack, the cases list. The name
 * is the section's own, never one a person typed.
 */
public final class Downloads {

  private Downloads() {}

  /** What a download writes, as it is written. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A file made whole before it is sent. */
  public static void send(byte[] content, String contentType, String fileName) {
    answer(contentType, fileName).setResponseContentLength(content.length);
    write(out -> out.write(content));
  }

  /** A file written to the person as it is made, never held whole. */
  public static void stream(String contentType, String fileName, Body body) {
    answer(contentType, fileName);
    write(body);
  }

  /** The page's answer, emptied of what the page had begun, as the file named. */
  private static ExternalContext answer(String contentType, String fileName) {
    ExternalContext response = FacesContext.getCurrentInstance().getExternalContext();
    response.responseReset();
    response.setResponseContentType(contentType);
    response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    return response;
  }

  private static void write(Body body) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      body.writeTo(faces.getExternalContext().getResponseOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
