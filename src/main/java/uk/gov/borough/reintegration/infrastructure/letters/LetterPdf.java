package uk.gov.borough.reintegration.infrastructure.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.outbox.OutboxMessage;

/**
 * A message to a parent or carer as a letter on A4: the sender, the recipient's name and postal
 * address, the date as the UK writes it, the subject, and the message itself. Plain, like the
 * e-mail it replaces: no link, nothing the family does not already know.
 */
public final class LetterPdf {

  private static final Font TEXT = new Font(Font.HELVETICA, 11);
  private static final Font SUBJECT = new Font(Font.HELVETICA, 12, Font.BOLD);

  private LetterPdf() {}

  /** The letter from the case's provider, dated the day its message was written. */
  public static byte[] of(OutboxMessage letter) {
    String sender = letter.getReintegrationCase().getCurrentProvision().getName();
    LocalDate dated = letter.getCreatedAt().toLocalDate();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 72, 72);
    try {
      PdfWriter.getInstance(document, pdf);
      document.addTitle(letter.getSubject());
      document.open();
      document.add(new Paragraph(sender, TEXT));
      document.add(new Paragraph(" ", TEXT));
      document.add(new Paragraph(letter.getRecipientName(), TEXT));
      for (String line : letter.getPostalAddress().split("\\s*,\\s*|\\R")) {
        document.add(new Paragraph(line, TEXT));
      }
      document.add(new Paragraph(" ", TEXT));
      document.add(new Paragraph(UkDateFormat.DATE.format(dated), TEXT));
      document.add(new Paragraph(" ", TEXT));
      document.add(new Paragraph(letter.getSubject(), SUBJECT));
      for (String paragraph : letter.getBody().split("\\R\\R")) {
        Paragraph text = new Paragraph(paragraph, TEXT);
        text.setSpacingBefore(8);
        document.add(text);
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not make the letter for message " + letter.getId(), e);
    } finally {
      document.close();
    }
    return pdf.toByteArray();
  }
}
