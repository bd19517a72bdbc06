package uk.gov.borough.reintegration.infrastructure.letters;

import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.TEXT;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.TITLE;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.cell;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.date;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.header;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.heading;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.number;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.row;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.stage1;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.table;
import static uk.gov.borough.reintegration.infrastructure.letters.PdfParts.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.Outcome;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.SignOff;
import uk.gov.borough.reintegration.domain.model.meeting.Attendee;
import uk.gov.borough.reintegration.domain.model.meeting.ChecklistRow;
import uk.gov.borough.reintegration.domain.model.meeting.Meeting;
import uk.gov.borough.reintegration.domain.model.meeting.TransitionChecklistItem;
import uk.gov.borough.reintegration.domain.model.party.Lead;
import uk.gov.borough.reintegration.domain.model.party.LeadRole;
import uk.gov.borough.reintegration.domain.model.plan.Evaluation;
import uk.gov.borough.reintegration.domain.model.plan.Percentages;
import uk.gov.borough.reintegration.domain.model.plan.PhasedReturnWeek;

/**
 * The Reintegration Plan as the policy's form lays it out (pages 7-9): case details, then Stages 1
 * to 4, on A4, for a meeting or a parent. The SEND and medical handovers are special-category data:
 * the printed plan says where they are kept instead of printing them.
 */
public final class PlanPdf {

  private static final Set<TransitionChecklistItem> KEPT_ON_THE_CASE =
      EnumSet.of(TransitionChecklistItem.SEND_HANDOVER, TransitionChecklistItem.MEDICAL_HANDOVER);

  private PlanPdf() {}

  private static String leadName(ReintegrationCase c, LeadRole role) {
    Lead lead = c.leadOf(role);
    return lead == null ? "" : lead.getName();
  }

  /** The days attended of the days expected in mainstream, over the weeks recorded. */
  private static String attendance(List<PhasedReturnWeek> weeks) {
    int expected = 0;
    int attended = 0;
    for (PhasedReturnWeek week : weeks) {
      if (week.getActualDaysAttended() != null) {
        expected += week.getExpectedDaysInMainstream();
        attended += week.getActualDaysAttended();
      }
    }
    return expected == 0 ? "" : attended + " of " + expected + " days expected";
  }

  /** The days on time of the days attended, over the weeks recorded. */
  private static String punctuality(List<PhasedReturnWeek> weeks) {
    int attended = 0;
    int onTime = 0;
    for (PhasedReturnWeek week : weeks) {
      if (week.getActualDaysAttended() != null && week.getPunctualDays() != null) {
        attended += week.getActualDaysAttended();
        onTime += week.getPunctualDays();
      }
    }
    return attended == 0 ? "" : onTime + " of " + attended + " days attended";
  }

  private static String present(Meeting meeting) {
    return meeting.getAttendees().stream()
        .filter(Attendee::isPresent)
        .map(Attendee::getName)
        .reduce((a, b) -> a + ", " + b)
        .orElse("no one recorded");
  }

  private static String signOff(SignOff signOff) {
    return signOff == null
        ? "Not yet"
        : signOff.getSignedBy() + ", " + UkDateFormat.DATE.format(signOff.getSignedOn());
  }

  /** The plan of the case, its records given: phased-return weeks, meetings and evaluations. */
  public static byte[] of(
      ReintegrationCase c,
      List<PhasedReturnWeek> weeks,
      List<Meeting> meetings,
      List<Evaluation> evaluations,
      LocalDate printedOn) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 64, 64);
    try {
      PdfWriter.getInstance(document, pdf).setPageEvent(new OfficialSensitivePages());
      document.addTitle("Reintegration Plan, case " + c.getId());
      document.open();
      document.add(new Paragraph("Reintegration Plan", TITLE));
      document.add(new Paragraph("Printed on " + UkDateFormat.DATE.format(printedOn), TEXT));

      heading(document, "Case details");
      PdfPTable details = table(2, 1, 2);
      row(details, "Pupil", c.getPupil() == null ? "" : c.getPupil().fullName());
      row(details, "UPN", c.getPupil() == null ? "" : c.getPupil().getUpn());
      row(
          details,
          "Date of birth",
          c.getPupil() == null ? "" : date(c.getPupil().getDateOfBirth()));
      row(
          details,
          "Year group",
          c.getPupil() == null || c.getPupil().getYearGroup() == null
              ? ""
              : "Year " + c.getPupil().getYearGroup());
      row(details, "Referring school", c.getReferringSchool().getName());
      row(details, "Alternative provision", c.getCurrentProvision().getName());
      row(
          details,
          "Receiving school",
          c.getReceivingSchool() == null ? "" : c.getReceivingSchool().getName());
      row(details, "AP start date", date(c.getApStartDate()));
      row(details, "4 week review date", date(c.getFourWeekReviewDate()));
      row(
          details,
          "Provider lead",
          c.getCurrentProvisionLead() == null ? "" : c.getCurrentProvisionLead().getName());
      row(
          details,
          "Receiving school lead",
          c.getReceivingSchoolLead() == null ? "" : c.getReceivingSchoolLead().getName());
      row(details, "Inclusion officer", leadName(c, LeadRole.INCLUSIONS_OFFICER));
      row(details, "Social worker", leadName(c, LeadRole.EARLY_HELP_OR_SOCIAL_WORKER));
      row(details, "Attendance in mainstream", attendance(weeks));
      row(details, "Punctuality in mainstream", punctuality(weeks));
      document.add(details);

      heading(document, "Stage 1: readiness to return");
      document.add(stage1(c.getStage1()));

      heading(document, "Stage 2: the phased return");
      PdfPTable phased = table(5, 1, 2, 2, 2, 2);
      header(phased, "Week", "Week starts", "Days expected", "Days attended", "Days on time");
      for (PhasedReturnWeek week : weeks) {
        phased.addCell(cell(String.valueOf(week.getPlanWeek())));
        phased.addCell(cell(date(week.getWeekStartsOn())));
        phased.addCell(cell(number(week.getExpectedDaysInMainstream())));
        phased.addCell(cell(number(week.getActualDaysAttended())));
        phased.addCell(cell(number(week.getPunctualDays())));
      }
      document.add(phased);

      heading(document, "Stage 3: transition planning");
      for (Meeting meeting : meetings) {
        if (meeting.isHeld() && meeting.isTransitionPlanning()) {
          document.add(
              new Paragraph(
                  "Held on "
                      + UkDateFormat.DATE.format(meeting.getScheduledStart().toLocalDate())
                      + ". Present: "
                      + present(meeting)
                      + ".",
                  TEXT));
        }
      }
      PdfPTable checklist = table(3, 3, 3, 2);
      header(checklist, "Item", "Details", "Outcome");
      for (Meeting meeting : meetings) {
        for (ChecklistRow item : meeting.getChecklist()) {
          checklist.addCell(cell(item.getItem().label()));
          boolean kept = KEPT_ON_THE_CASE.contains(item.getItem());
          checklist.addCell(
              cell(kept ? "Kept on the case in the portal" : text(item.getDetails())));
          checklist.addCell(cell(kept ? "" : text(item.getOutcome())));
        }
      }
      document.add(checklist);

      heading(document, "Stage 4: evaluation of the phased return");
      PdfPTable evaluation = table(5, 1, 4, 1, 4, 2);
      header(evaluation, "Week", "Question", "Answer", "Comments and actions", "Attended, on time");
      for (Evaluation answer : evaluations) {
        evaluation.addCell(cell(String.valueOf(answer.getPlanWeek())));
        evaluation.addCell(cell(answer.getQuestion().text()));
        evaluation.addCell(
            cell(answer.getAnswer() == null ? "" : answer.getAnswer() ? "Yes" : "No"));
        evaluation.addCell(cell(text(answer.getComments()) + " " + text(answer.getActions())));
        evaluation.addCell(
            cell(
                Percentages.written(answer.getAttendancePercent())
                    + ", "
                    + Percentages.written(answer.getPunctualityPercent())));
      }
      document.add(evaluation);

      heading(document, "Closing the reintegration");
      Outcome outcome = c.getOutcome();
      PdfPTable closing = table(2, 1, 2);
      row(closing, "Receiving school's sign-off", signOff(outcome.getReceivingSchoolSignOff()));
      row(closing, "Provider's sign-off", signOff(outcome.getProviderSignOff()));
      row(closing, "Success acknowledged by the panel", date(outcome.getAcknowledgedOn()));
      row(closing, "Transition complete", date(outcome.getTransitionCompletedOn()));
      row(closing, "What went well", text(outcome.getWhatWentWell()));
      row(closing, "What could be improved", text(outcome.getWhatCouldBeImproved()));
      document.add(closing);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not make the plan of case " + c.getId(), e);
    } finally {
      document.close();
    }
    return pdf.toByteArray();
  }
}
