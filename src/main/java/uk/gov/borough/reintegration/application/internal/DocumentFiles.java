package uk.gov.borough.reintegration.application.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.gov.borough.reintegration.application.InvalidReferenceException;

/**
 * What a file attached to a case really is, read from its content, never from its name or the type
 * the browser claimed: a PDF, a Word document or a photograph of a paper form. Anything else is
 * refused, so a case never holds a program, a page that could run in a colleague's browser, or a
 * Word document carrying macros.
 *
 * <p>A Word document is a zip of parts, so it is opened as one and read part by part, whatever the
 * parts are called (issue 13, point 8): a renamed macro part is still a macro part, and a zip bomb
 * is stopped by the bytes it really unpacks to, never by the sizes its headers claim.
 */
final class DocumentFiles {

  static final String WORD_DOCUMENT =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /**
   * A letter or form in Word has tens of parts and unpacks to a few times its size; a zip bomb has
   * thousands of parts, or unpacks a thousandfold.
   */
  static final int MOST_PARTS = 1000;

  static final long MOST_UNPACKED_BYTES = 100L * 1024 * 1024;
  static final int MOST_UNPACKED_PER_PACKED_BYTE = 100;

  static final String NOT_A_KIND_TAKEN =
      "Attach a PDF, a Word document (.docx), or a PNG or JPEG picture";
  static final String NOT_A_WORD_DOCUMENT =
      "The file is named .docx but Word could not open it as a document: save it again from Word,"
          + " or as a PDF, and attach that";
  static final String TOO_MANY_PARTS =
      "The Word document is made of too many parts: save it again from Word, or as a PDF, and"
          + " attach that";
  static final String TOO_LARGE_UNPACKED =
      "The Word document is too large when unpacked: save it again from Word, or as a PDF, and"
          + " attach that";
  static final String ACTIVE_CONTENT =
      "The Word document contains macros, controls or embedded objects, which a case does not"
          + " take: save a copy without them, or as a PDF, and attach that";

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  /**
   * An OLE compound file: what macros (vbaProject.bin), ActiveX controls and embedded objects are
   * stored as inside a Word document, whatever the part is named.
   */
  private static final byte[] OLE = {
    (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
  };

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final int MOST_CONTENT_TYPES_BYTES = 1024 * 1024;
  private static final String MAIN_DOCUMENT_PART = WORD_DOCUMENT + ".main+xml";

  /**
   * Words in the content types of macros (vbaProject, vbaData), ActiveX controls (activeX,
   * activeX+xml) and macro-enabled documents and templates (document.macroEnabled.main+xml).
   */
  private static final List<String> ACTIVE_CONTENT_TYPES =
      List.of("vba", "activex", "macroenabled");

  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

  private DocumentFiles() {}

  /**
   * The content type to store and send the file with.
   *
   * @throws InvalidReferenceException naming the file, saying why it is refused
   */
  static String contentTypeOf(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (startsWith(content, PDF)) {
      return "application/pdf";
    }
    // Any other zip given the name is refused
    if (startsWith(content, ZIP) && name.endsWith(".docx")) {
      checkWordDocument(content);
      return WORD_DOCUMENT;
    }
    if (startsWith(content, PNG)) {
      return "image/png";
    }
    if (startsWith(content, JPEG)) {
      return "image/jpeg";
    }
    throw refused(NOT_A_KIND_TAKEN);
  }

  private static void checkWordDocument(byte[] content) {
    long mostUnpacked =
        Math.min(MOST_UNPACKED_BYTES, (long) content.length * MOST_UNPACKED_PER_PACKED_BYTE);
    List<String> parts = new ArrayList<>();
    byte[] contentTypes = null;
    byte[] buffer = new byte[8192];
    long unpacked = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (parts.size() == MOST_PARTS) {
          throw refused(TOO_MANY_PARTS);
        }
        parts.add(entry.getName());
        boolean keepAll = entry.getName().equals(CONTENT_TYPES);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
          unpacked += read;
          if (unpacked > mostUnpacked) {
            throw refused(TOO_LARGE_UNPACKED);
          }
          if (keepAll ? kept.size() < MOST_CONTENT_TYPES_BYTES : kept.size() < OLE.length) {
            kept.write(buffer, 0, read);
          }
        }
        if (startsWith(kept.toByteArray(), OLE)) {
          throw refused(ACTIVE_CONTENT);
        }
        if (keepAll) {
          contentTypes = kept.toByteArray();
        }
      }
      // Word goes by the zip's central directory: a part listed there that a walk through the
      // parts does not meet (hidden behind bytes that end the walk) would escape the checks
      if (!sorted(parts).equals(sorted(centralDirectoryOf(content)))) {
        throw refused(NOT_A_WORD_DOCUMENT);
      }
      checkContentTypes(contentTypes, new HashSet<>(parts));
    } catch (InvalidReferenceException refusal) {
      throw refusal;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // A damaged or doctored zip fails in many ways, all of them the same to the person
      throw refused(NOT_A_WORD_DOCUMENT);
    }
  }

  /**
   * The list of the parts' types refuses the active content types, and names a Word document's main
   * part among the parts: a macro-enabled document (.docm renamed .docx) has a main part of another
   * type.
   */
  private static void checkContentTypes(byte[] contentTypes, Set<String> parts)
      throws XMLStreamException {
    if (contentTypes == null || contentTypes.length >= MOST_CONTENT_TYPES_BYTES) {
      throw refused(NOT_A_WORD_DOCUMENT);
    }
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // No DTD, so no entity can expand or reach out of the file
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(contentTypes));
    boolean mainPart = false;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String type = Objects.requireNonNullElse(xml.getAttributeValue(null, "ContentType"), "");
      String lowerCase = type.toLowerCase(Locale.ROOT);
      if (ACTIVE_CONTENT_TYPES.stream().anyMatch(lowerCase::contains)) {
        throw refused(ACTIVE_CONTENT);
      }
      String partName = Objects.requireNonNullElse(xml.getAttributeValue(null, "PartName"), "");
      mainPart |=
          type.equals(MAIN_DOCUMENT_PART)
              && partName.startsWith("/")
              && parts.contains(partName.substring(1));
    }
    if (!mainPart) {
      throw refused(NOT_A_WORD_DOCUMENT);
    }
  }

  /** The names of the parts in the zip's central directory, from its end record. */
  private static List<String> centralDirectoryOf(byte[] content) {
    ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    int end = content.length - 22;
    while (end >= 0 && zip.getInt(end) != END_OF_CENTRAL_DIRECTORY) {
      end--;
    }
    if (end < 0) {
      throw refused(NOT_A_WORD_DOCUMENT);
    }
    List<String> names = new ArrayList<>();
    int entries = Short.toUnsignedInt(zip.getShort(end + 10));
    int at = zip.getInt(end + 16);
    for (int entry = 0; entry < entries; entry++) {
      if (zip.getInt(at) != CENTRAL_DIRECTORY_ENTRY) {
        throw refused(NOT_A_WORD_DOCUMENT);
      }
      int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
      names.add(new String(content, at + 46, nameLength, StandardCharsets.UTF_8));
      at +=
          46
              + nameLength
              + Short.toUnsignedInt(zip.getShort(at + 30))
              + Short.toUnsignedInt(zip.getShort(at + 32));
    }
    return names;
  }

  private static List<String> sorted(List<String> names) {
    return names.stream().sorted().toList();
  }

  private static InvalidReferenceException refused(String why) {
    return new InvalidReferenceException("file", why);
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }
}
