package uk.gov.borough.reintegration.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.gov.borough.reintegration.application.InvalidReferenceException;

/** A case's documents are known by what they are, not by what they are called. */
class DocumentFilesTest {

  private static final String MAIN_PART =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final byte[] OLE = {
    (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0
  };

  @Test
  void aPdfIsAPdfWhateverItIsCalled() {
    assertEquals(
        "application/pdf", DocumentFiles.contentTypeOf("referral.txt", bytes("%PDF-1.7\n...")));
  }

  @Test
  void aProgramNamedLikeAFormIsRefused() {
    assertRefused(
        DocumentFiles.NOT_A_KIND_TAKEN, "referral.pdf", new byte[] {'M', 'Z', 0, 0, 0, 0, 0, 0});
  }

  @Test
  void aPageThatCouldRunInABrowserIsRefused() {
    assertRefused(
        DocumentFiles.NOT_A_KIND_TAKEN, "referral.pdf", bytes("<html><script>alert(1)</script>"));
  }

  @Test
  void aZipIsAWordDocumentOnlyWhenNamedAsOneAndMadeOfAWordDocumentsParts() {
    assertEquals(
        DocumentFiles.WORD_DOCUMENT, DocumentFiles.contentTypeOf("Referral.DOCX", word(Map.of())));
    assertRefused(DocumentFiles.NOT_A_KIND_TAKEN, "referral.zip", word(Map.of()));
    assertRefused(
        DocumentFiles.NOT_A_WORD_DOCUMENT,
        "referral.docx",
        zip(Map.of("program.exe", bytes("MZ program"))));
    assertRefused(
        DocumentFiles.NOT_A_WORD_DOCUMENT,
        "referral.docx",
        bytes("PK\u0003\u0004[Content_Types].xml word/document.xml"));
  }

  @Test
  void aWordDocumentWithMacrosIsRefusedWhateverTheMacroPartIsCalled() {
    Map<String, byte[]> renamed = new LinkedHashMap<>();
    renamed.put("word/vbaData1.bin", OLE);
    assertRefused(DocumentFiles.ACTIVE_CONTENT, "referral.docx", word(renamed));
    assertRefused(
        DocumentFiles.ACTIVE_CONTENT,
        "referral.docx",
        word(
            Map.of("word/vbaProject.bin", bytes("not even a macro")),
            "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"));
  }

  @Test
  void aMacroEnabledDocumentRenamedDocxIsRefused() {
    String contentTypes =
        "<?xml version=\"1.0\"?><Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override"
            + " PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>";
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", bytes(contentTypes));
    parts.put("word/document.xml", bytes("<w:document/>"));
    assertRefused(DocumentFiles.ACTIVE_CONTENT, "referral.docx", zip(parts));
  }

  @Test
  void aWordDocumentWithActiveXControlsIsRefused() {
    assertRefused(
        DocumentFiles.ACTIVE_CONTENT,
        "referral.docx",
        word(
            Map.of("word/activeX/activeX1.xml", bytes("<ax:ocx/>")),
            "<Override PartName=\"/word/activeX/activeX1.xml\""
                + " ContentType=\"application/vnd.ms-office.activeX+xml\"/>"));
  }

  @Test
  void aZipBombNamedDocxIsRefusedByWhatItReallyUnpacksTo() {
    assertRefused(
        DocumentFiles.TOO_LARGE_UNPACKED,
        "referral.docx",
        word(Map.of("word/media/image1.png", new byte[8 * 1024 * 1024])));
  }

  @Test
  void aWordDocumentWithAPhotographInItIsTaken() {
    byte[] photograph = new byte[2 * 1024 * 1024];
    new Random(13).nextBytes(photograph);
    assertEquals(
        DocumentFiles.WORD_DOCUMENT,
        DocumentFiles.contentTypeOf(
            "referral.docx", word(Map.of("word/media/image1.jpeg", photograph))));
  }

  @Test
  void aWordDocumentOfThousandsOfPartsIsRefused() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (int part = 0; part < DocumentFiles.MOST_PARTS; part++) {
      parts.put("word/part" + part + ".xml", bytes("<a/>"));
    }
    assertRefused(DocumentFiles.TOO_MANY_PARTS, "referral.docx", word(parts));
  }

  @Test
  void aPartHiddenFromAWalkThroughTheZipIsFoundInItsDirectory() {
    Map<String, byte[]> withMacros = new LinkedHashMap<>();
    withMacros.put("word/vbaProject.bin", OLE);
    assertRefused(
        DocumentFiles.NOT_A_WORD_DOCUMENT, "referral.docx", hideTheLastPart(word(withMacros)));
  }

  @Test
  void aListOfPartTypesWithEntitiesIsNeverExpanded() {
    String contentTypes =
        "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY main \""
            + MAIN_PART
            + "\">]><Types><Override PartName=\"/word/document.xml\" ContentType=\"&main;\"/></Types>";
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", bytes(contentTypes));
    parts.put("word/document.xml", bytes("<w:document/>"));
    assertRefused(DocumentFiles.NOT_A_WORD_DOCUMENT, "referral.docx", zip(parts));
  }

  @Test
  void photographsOfAPaperFormAreTaken() {
    assertEquals(
        "image/png",
        DocumentFiles.contentTypeOf(
            "form.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}));
    assertEquals(
        "image/jpeg",
        DocumentFiles.contentTypeOf(
            "form.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}));
  }

  @Test
  void anEmptyOrTinyFileIsNothing() {
    assertRefused(DocumentFiles.NOT_A_KIND_TAKEN, "a.pdf", new byte[0]);
    assertRefused(DocumentFiles.NOT_A_KIND_TAKEN, "a.pdf", bytes("%PD"));
  }

  private static void assertRefused(String why, String fileName, byte[] content) {
    InvalidReferenceException refused =
        assertThrows(
            InvalidReferenceException.class, () -> DocumentFiles.contentTypeOf(fileName, content));
    assertEquals("file", refused.field());
    assertEquals(why, refused.getMessage());
  }

  /** A Word document's two parts, then the others given, with more of the list of types. */
  private static byte[] word(Map<String, byte[]> others, String... moreTypes) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        bytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                + " PartName=\"/word/document.xml\" ContentType=\""
                + MAIN_PART
                + "\"/>"
                + String.join("", moreTypes)
                + "</Types>"));
    parts.put("word/document.xml", bytes("<w:document/>"));
    parts.putAll(others);
    return zip(parts);
  }

  private static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The zip with bytes put before its last part, which end a walk through the parts there, and its
   * directory moved to match: as a crafted file would hide a part from a checker that only walks.
   */
  private static byte[] hideTheLastPart(byte[] zip) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    int directory = buffer.getInt(end + 16);
    int entries = buffer.getShort(end + 10);
    int entry = directory;
    for (int skipped = 0; skipped < entries - 1; skipped++) {
      entry +=
          46
              + buffer.getShort(entry + 28)
              + buffer.getShort(entry + 30)
              + buffer.getShort(entry + 32);
    }
    int lastPart = buffer.getInt(entry + 42);
    byte[] junk = bytes("JUNK");
    byte[] hidden = new byte[zip.length + junk.length];
    System.arraycopy(zip, 0, hidden, 0, lastPart);
    System.arraycopy(junk, 0, hidden, lastPart, junk.length);
    System.arraycopy(zip, lastPart, hidden, lastPart + junk.length, zip.length - lastPart);
    ByteBuffer moved = ByteBuffer.wrap(hidden).order(ByteOrder.LITTLE_ENDIAN);
    moved.putInt(entry + junk.length + 42, lastPart + junk.length);
    moved.putInt(end + junk.length + 16, directory + junk.length);
    return hidden;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
