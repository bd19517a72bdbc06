package uk.gov.borough.reintegration.infrastructure.letters;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.Stage1Readiness;

/** The type and the parts the section's printed forms are made of: headings, tables, cells. */
final class PdfParts {

  static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  static final Font TEXT = new Font(Font.HELVETICA, 10);
  static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);

  private PdfParts() {}

  static void heading(Document document, String text) throws DocumentException {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    document.add(heading);
  }

  static PdfPTable table(int columns, float... widths) throws DocumentException {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    return table;
  }

  static void row(PdfPTable table, String label, String value) {
    table.addCell(new PdfPCell(new Phrase(label, LABEL)));
    table.addCell(cell(value));
  }

  /** Stage 1 as the form has it: the aims, the three targets, and whether on track (P7). */
  static PdfPTable stage1(Stage1Readiness stage1) throws DocumentException {
    PdfPTable readiness = table(2, 1, 2);
    row(readiness, "Aims", stage1 == null ? "" : text(stage1.getAims()));
    row(readiness, "Academic target", stage1 == null ? "" : text(stage1.getAcademicTarget()));
    row(readiness, "Behaviour target", stage1 == null ? "" : text(stage1.getBehaviourTarget()));
    row(readiness, "Attendance target", stage1 == null ? "" : text(stage1.getAttendanceTarget()));
    row(
        readiness,
        "On track to return",
        stage1 == null || stage1.getOnTrack() == null
            ? ""
            : stage1.getOnTrack() ? "Yes" : "No: " + text(stage1.getNotOnTrackReason()));
    return readiness;
  }

  static void header(PdfPTable table, String... labels) {
    for (String label : labels) {
      PdfPCell cell = new PdfPCell(new Phrase(label, LABEL));
      cell.setHorizontalAlignment(Element.ALIGN_LEFT);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
  }

  static PdfPCell cell(String text) {
    return new PdfPCell(new Phrase(text, TEXT));
  }

  static String date(LocalDate date) {
    return date == null ? "" : UkDateFormat.DATE.format(date);
  }

  static String number(Integer number) {
    return number == null ? "" : String.valueOf(number);
  }

  static String text(String text) {
    return text == null ? "" : text;
  }
}
