package uk.gov.borough.reintegration.test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** What a PDF the server made says, page by page, as a reader would see it. */
public final class Pdf {

  private Pdf() {}

  public static String text(byte[] pdf) {
    try (PdfReader reader = new PdfReader(pdf)) {
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (IOException e) {
      throw new AssertionError("Not a PDF", e);
    }
  }
}
