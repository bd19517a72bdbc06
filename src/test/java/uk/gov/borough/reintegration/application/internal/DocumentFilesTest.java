package uk.gov.borough.reintegration.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A case's documents are known by what they are, not by what they are called. */
class DocumentFilesTest {

  @Test
  void aPdfIsAPdfWhateverItIsCalled() {
    assertEquals(
        Optional.of("application/pdf"),
        DocumentFiles.contentTypeOf("referral.txt", bytes("%PDF-1.7\n...")));
  }

  @Test
  void aProgramNamedLikeAFormIsRefused() {
    assertEquals(
        Optional.empty(), DocumentFiles.contentTypeOf("referral.pdf", new byte[] {'M', 'Z', 0}));
  }

  @Test
  void aPageThatCouldRunInABrowserIsRefused() {
    assertEquals(
        Optional.empty(),
        DocumentFiles.contentTypeOf("referral.pdf", bytes("<html><script>alert(1)</script>")));
  }

  @Test
  void aZipIsAWordDocumentOnlyWhenNamedAsOneAndMadeOfAWordDocumentsParts() {
    byte[] word = bytes("PK\u0003\u0004....[Content_Types].xml....word/document.xml");
    assertEquals(
        Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        DocumentFiles.contentTypeOf("Referral.DOCX", word));
    assertEquals(Optional.empty(), DocumentFiles.contentTypeOf("referral.zip", word));
    assertEquals(
        Optional.empty(),
        DocumentFiles.contentTypeOf("referral.docx", bytes("PK\u0003\u0004....program.exe")));
  }

  @Test
  void aWordDocumentWithMacrosIsRefused() {
    assertEquals(
        Optional.empty(),
        DocumentFiles.contentTypeOf(
            "referral.docx", bytes("PK\u0003\u0004[Content_Types].xml word/vbaProject.bin")));
  }

  @Test
  void photographsOfAPaperFormAreTaken() {
    assertEquals(
        Optional.of("image/png"),
        DocumentFiles.contentTypeOf(
            "form.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}));
    assertEquals(
        Optional.of("image/jpeg"),
        DocumentFiles.contentTypeOf(
            "form.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}));
  }

  @Test
  void anEmptyOrTinyFileIsNothing() {
    assertEquals(Optional.empty(), DocumentFiles.contentTypeOf("a.pdf", new byte[0]));
    assertEquals(Optional.empty(), DocumentFiles.contentTypeOf("a.pdf", bytes("%PD")));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
