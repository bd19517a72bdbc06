package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.CaseService.CasePage;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.calendar.UkDateFormat;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.interfaces.web.Labels;

/**
 * The cases list downloaded (issue 18): every row the filter finds, not only the page shown, in the
 * words the page uses and dates as the UK writes them. The rows are read from the database a page
 * at a time and written as they come, so a long list is never held whole in memory: CSV in UTF-8
 * with a byte-order mark (so that Excel reads names in every script), Excel through POI's streaming
 * workbook. Each cell a spreadsheet would take for a formula is neutralised (issue 13, point 10).
 */
@ApplicationScoped
public class CasesExport {

  /** Rows read from the database at a time. */
  private static final int PAGE = 500;

  /** Rows of the workbook kept in memory while it is written; the rest are on disk. */
  private static final int ROWS_IN_MEMORY = 100;

  /** The columns of the download, as the list heads them. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("Case", (c, next) -> "Case " + c.getId()),
          new Column("Pupil", (c, next) -> pupil(c)),
          new Column("Route", (c, next) -> Labels.of("Route", c.getRoute())),
          new Column("Where it stands", (c, next) -> Labels.of("CaseStatus", c.getStatus())),
          new Column("Next deadline", (c, next) -> next == null ? "" : next.getKind().title()),
          new Column(
              "Due",
              (c, next) ->
                  next == null ? "" : UkDateFormat.SHORT_DATE.format(next.effectiveDueOn())),
          new Column("Responsible", (c, next) -> next == null ? "" : responsible(next)),
          new Column("Referring school", (c, next) -> name(c.getReferringSchool())),
          new Column("Provision now", (c, next) -> name(c.getCurrentProvision())),
          new Column("Receiving school", (c, next) -> name(c.getReceivingSchool())));

  private static final List<String> HEADINGS = COLUMNS.stream().map(Column::heading).toList();

  @Inject CaseService caseService;

  @Inject
  @ConfigProperty(name = "reintegration.export.most-rows", defaultValue = "50000")
  int mostRows;

  /** The formats a download comes in. */
  public enum Format {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }
  }

  private record Column(String heading, Cell value) {}

  @FunctionalInterface
  private interface Cell {
    String of(ReintegrationCase reintegrationCase, Deadline next);
  }

  /** The most rows a download holds: above it, the person is asked to narrow the filter. */
  public int mostRows() {
    return mostRows;
  }

  /** Writes every case the query finds to the stream, in the format; returns how many. */
  public long write(Caller caller, CaseQuery query, Format format, OutputStream out)
      throws IOException {
    return format == Format.CSV ? csv(caller, query, out) : workbook(caller, query, out);
  }

  private long csv(Caller caller, CaseQuery query, OutputStream out) throws IOException {
    Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    csv.write('\uFEFF');
    csv.write(csvLine(HEADINGS));
    long rows = eachRow(caller, query, cells -> csv.write(csvLine(cells)));
    csv.flush();
    return rows;
  }

  private long workbook(Caller caller, CaseQuery query, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      Sheet sheet = workbook.createSheet("Cases");
      fill(sheet.createRow(0), HEADINGS);
      long rows =
          eachRow(caller, query, cells -> fill(sheet.createRow(sheet.getLastRowNum() + 1), cells));
      workbook.write(out);
      return rows;
    } finally {
      workbook.close();
    }
  }

  @FunctionalInterface
  private interface RowWriter {
    void write(List<String> cells) throws IOException;
  }

  /**
   * Reads the cases a page at a time, each page in a transaction of its own, and hands on each
   * case's cells; returns how many.
   */
  private long eachRow(Caller caller, CaseQuery query, RowWriter writer) throws IOException {
    long written = 0;
    while (true) {
      CasePage page = caseService.list(caller, query, (int) written, PAGE);
      for (ReintegrationCase c : page.cases()) {
        Deadline next = page.nextDeadlines().get(c.getId());
        writer.write(COLUMNS.stream().map(column -> column.value().of(c, next)).toList());
      }
      written += page.cases().size();
      if (page.cases().size() < PAGE || written >= page.total()) {
        return written;
      }
    }
  }

  private static void fill(Row row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(neutralised(cells.get(i)));
    }
  }

  private static String csvLine(List<String> cells) {
    return cells.stream()
            .map(cell -> "\"" + neutralised(cell).replace("\"", "\"\"") + "\"")
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  /**
   * The next deadline in words, as the list shows it: "Review at 4 weeks, 14 Jan 2027 (Ann Lee)".
   */
  static String written(Deadline next) {
    return next == null
        ? ""
        : next.getKind().title()
            + ", "
            + UkDateFormat.SHORT_DATE.format(next.effectiveDueOn())
            + " ("
            + responsible(next)
            + ")";
  }

  private static String responsible(Deadline next) {
    return next.getResponsibleLead() == null
        ? "no lead named"
        : next.getResponsibleLead().getName();
  }

  /** The pupil's name; empty where the portal's records no longer hold the pupil. */
  private static String pupil(ReintegrationCase c) {
    return c.getPupil() == null ? "" : c.getPupil().fullName();
  }

  private static String name(Establishment establishment) {
    return establishment == null ? "" : establishment.getName();
  }

  /**
   * The text with a quote before it when a spreadsheet would take it for a formula: when it begins
   * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (OWASP, CSV
   * injection). Anything else is left as it is.
   */
  static String neutralised(String cell) {
    return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
        ? "'" + cell
        : cell;
  }
}
