package uk.gov.borough.reintegration.infrastructure.letters;

import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.LABEL;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.TEXT;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.TITLE;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.heading;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.row;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.stage1;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.table;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.hearing.IyfapHearing;

/**
 * A hearing's agenda and panel pack (issue 18, P4): the cases the panel decides on, each with its
 * route, where the pupil is, the proposed receiving school and the Stage 1 summary, for the panel's
 * members only. Every page is marked OFFICIAL-SENSITIVE and numbered: a pack left on a printer says
 * what it is. SEND and medical details stay on the case, not in the pack.
 */
public final class PanelPackPdf {

  private PanelPackPdf() {}

  /**
   * @param hearing the hearing, or null for the cases at the panel with no hearing recorded
   * @param routes the words of each route, as the pages write them
   */
  public static byte[] of(
      IyfapHearing hearing,
      List<ReintegrationCase> cases,
      Function<Route, String> routes,
      LocalDate printedOn) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 64, 64);
    String title =
        hearing == null
            ? "IYFAP agenda: cases at the panel with no hearing recorded"
            : "IYFAP agenda and panel pack: hearing of "
                + UkDateFormat.DATE.format(hearing.getPanelDate());
    try {
      PdfWriter writer = PdfWriter.getInstance(document, pdf);
      writer.setPageEvent(new OfficialSensitivePages());
      document.addTitle(title);
      document.open();
      document.add(new Paragraph(title, TITLE));
      document.add(new Paragraph("Printed on " + UkDateFormat.DATE.format(printedOn), TEXT));
      if (hearing != null && hearing.getAgendaNotes() != null) {
        document.add(new Paragraph(hearing.getAgendaNotes(), TEXT));
      }

      heading(document, "Agenda");
      PdfPTable agenda = table(3, 3, 3, 3);
      PdfParts.header(agenda, "Pupil", "Route", "Proposed receiving school");
      for (ReintegrationCase c : cases) {
        agenda.addCell(PdfParts.cell(pupil(c)));
        agenda.addCell(PdfParts.cell(routes.apply(c.getRoute())));
        agenda.addCell(PdfParts.cell(school(c)));
      }
      document.add(agenda);

      for (ReintegrationCase c : cases) {
        heading(document, "Case " + c.getId() + ": " + pupil(c));
        PdfPTable details = table(2, 1, 2);
        row(details, "UPN", c.getPupil() == null ? "" : c.getPupil().getUpn());
        row(details, "Route", routes.apply(c.getRoute()));
        row(details, "Referring school", c.getReferringSchool().getName());
        row(details, "Provision now", c.getCurrentProvision().getName());
        row(details, "Proposed receiving school", school(c));
        document.add(details);
        document.add(new Paragraph("Stage 1 aims and targets", LABEL));
        document.add(stage1(c.getStage1()));
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not make the panel pack", e);
    } finally {
      document.close();
    }
    return pdf.toByteArray();
  }

  private static String pupil(ReintegrationCase c) {
    return c.getPupil() == null ? "" : c.getPupil().fullName();
  }

  private static String school(ReintegrationCase c) {
    return c.getProposedReceivingSchool() == null
        ? "None proposed"
        : c.getProposedReceivingSchool().getName();
  }
}
