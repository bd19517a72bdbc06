package uk.gov.borough.reintegration.application.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file attached to a case really is, read from its first bytes, never from its name or the
 * type the browser claimed: a PDF, a Word document or a photograph of a paper form. Anything else
 * is refused, so a case never holds a program, a page that could run in a colleague's browser, or a
 * Word document carrying macros.
 */
final class DocumentFiles {

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private static final byte[] CONTENT_TYPES =
      "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MACROS = "vbaProject.bin".getBytes(StandardCharsets.US_ASCII);

  private DocumentFiles() {}

  /** The content type to store and send the file with; empty when it is not a kind a case takes. */
  static Optional<String> contentTypeOf(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (startsWith(content, PDF)) {
      return Optional.of("application/pdf");
    }
    // A Word document is a zip of parts, its first the list of their types; one with macros
    // (vbaProject.bin) is refused, as is any other zip given the name
    if (startsWith(content, ZIP)
        && name.endsWith(".docx")
        && contains(content, CONTENT_TYPES)
        && !contains(content, MACROS)) {
      return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    if (startsWith(content, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static boolean contains(byte[] content, byte[] part) {
    for (int at = 0; at <= content.length - part.length; at++) {
      if (Arrays.equals(content, at, at + part.length, part, 0, part.length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }
}
