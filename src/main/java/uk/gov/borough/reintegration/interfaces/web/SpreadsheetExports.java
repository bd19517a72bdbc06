package uk.gov.borough.reintegration.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * Every table downloaded as CSV or Excel ({@code p:dataExporter} of type {@code csv} or {@code
 * xlsx}) goes through these exporters, in place of PrimeFaces' own (faces-config):
 *
 * <ul>
 *   <li>each cell is neutralised (issue 13, point 10): a pupil's or a school's name beginning
 *       {@code =HYPERLINK(…)} opens in a spreadsheet as the words, never as a live formula;
 *   <li>the rows are the page the person sees: a lazy table loads its page as the form is read,
 *       before the filters the form carries reach the list, so the download loads it again with
 *       them.
 * </ul>
 */
public class SpreadsheetExports implements PhaseListener {

  private static final AtomicBoolean REGISTERED = new AtomicBoolean();

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  /**
   * Once, on the first request: PrimeFaces keeps its exporters in a context it can only set up
   * while serving one, not while the application starts.
   */
  @Override
  public void beforePhase(PhaseEvent event) {
    if (REGISTERED.compareAndSet(false, true)) {
      DataExporters.register(DataTable.class, Csv.class, "csv");
      DataExporters.register(DataTable.class, Excel.class, "xlsx");
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}

  /** A table as CSV. */
  public static class Csv extends DataTableCSVExporter {

    @Override
    protected void exportPageOnly(FacesContext context, DataTable table) {
      table.loadLazyDataIfEnabled();
      super.exportPageOnly(context, table);
    }

    @Override
    public ColumnValue getColumnValue(
        FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
      return neutralised(super.getColumnValue(context, table, column, joinComponents));
    }
  }

  /** A table as an Excel workbook. */
  public static class Excel extends DataTableExcelXExporter {

    @Override
    protected void exportPageOnly(FacesContext context, DataTable table) {
      table.loadLazyDataIfEnabled();
      super.exportPageOnly(context, table);
    }

    @Override
    public ColumnValue getColumnValue(
        FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
      return neutralised(super.getColumnValue(context, table, column, joinComponents));
    }
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

  private static ColumnValue neutralised(ColumnValue cell) {
    return cell.isStringValue() ? ColumnValue.of(neutralised((String) cell.getValue())) : cell;
  }
}
