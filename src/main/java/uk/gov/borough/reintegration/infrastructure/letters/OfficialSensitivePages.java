package uk.gov.borough.reintegration.infrastructure.letters;

import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.LABEL;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The marking at the head and foot of each page of a printed record about a pupil, and the page's
 * number: a page left on a printer says what it is and where it belongs (Government Security
 * Classifications, OFFICIAL-SENSITIVE).
 */
final class OfficialSensitivePages extends PdfPageEventHelper {

  private static final String MARKING = "OFFICIAL-SENSITIVE";

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    float middle = (document.left() + document.right()) / 2;
    ColumnText.showTextAligned(
        writer.getDirectContent(),
        Element.ALIGN_CENTER,
        new Phrase(MARKING, LABEL),
        middle,
        document.top() + 24,
        0);
    ColumnText.showTextAligned(
        writer.getDirectContent(),
        Element.ALIGN_CENTER,
        new Phrase(MARKING + "   Page " + writer.getPageNumber(), LABEL),
        middle,
        document.bottom() - 30,
        0);
  }
}
