package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import uk.gov.borough.reintegration.application.CaseService;
import uk.gov.borough.reintegration.application.DeadlineStates;
import uk.gov.borough.reintegration.application.EstablishmentDirectory;
import uk.gov.borough.reintegration.domain.model.access.Caller;
import uk.gov.borough.reintegration.domain.model.cases.CaseQuery;
import uk.gov.borough.reintegration.domain.model.cases.CaseStatus;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;
import uk.gov.borough.reintegration.domain.model.cases.Route;
import uk.gov.borough.reintegration.domain.model.deadline.Deadline;
import uk.gov.borough.reintegration.domain.model.party.Establishment;
import uk.gov.borough.reintegration.interfaces.web.Downloads;
import uk.gov.borough.reintegration.interfaces.web.PageSteps;

/**
 * The list of the caller's cases (issues 5 and 18): paged, sorted and filtered by the database
 * through the caller's scope, so counts, rows and row keys never reach past what the person may
 * see. The filters, the sort and the page are kept in the address (never a pupil's name: a name
 * search stays in the form), so a list can be bookmarked and shared; sorting or paging keeps every
 * filter. Downloads hold every row the filter finds ({@link CasesExport}).
 */
@Named("casesPage")
@ViewScoped
public class CasesPage implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Rows on a page of the list. */
  static final int ROWS = 20;

  /** The pages of the table, loaded one at a time through the caller's scope. */
  private final LazyDataModel<ReintegrationCase> cases = new ScopedCases();

  @Inject CaseService caseService;

  @Inject EstablishmentDirectory directory;

  @Inject DeadlineStates states;

  @Inject CasesExport export;

  private String pupil;
  private CaseStatus status;
  private Route route;
  private Long establishmentId;
  private DeadlineFilter deadline;
  private String sort;
  private int page = 1;
  private Map<Long, Deadline> nextDeadlines = Map.of();

  /** Which cases' deadlines the list is narrowed to, in the words of My work. */
  public enum DeadlineFilter {
    OVERDUE("With a deadline overdue"),
    DUE_SOON("With a deadline due soon or overdue");

    private final String label;

    DeadlineFilter(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  /** The sorts the list offers, by the name the address gives them. */
  private static final Map<String, CaseQuery.Order> ORDERS =
      Map.of(
          "opened", CaseQuery.Order.OPENED,
          "pupil", CaseQuery.Order.PUPIL,
          "status", CaseQuery.Order.STATUS,
          "route", CaseQuery.Order.ROUTE,
          "nextDeadline", CaseQuery.Order.NEXT_DEADLINE,
          "referringSchool", CaseQuery.Order.REFERRING_SCHOOL,
          "currentProvision", CaseQuery.Order.CURRENT_PROVISION);

  /**
   * The filters changed: to the first page of what they now show. Without a name typed, the list's
   * own address, which the person can bookmark; with one, the same page, the name kept in the form.
   */
  public String filter() {
    page = 1;
    if (!pupilSearched()) {
      return "/cases?faces-redirect=true&includeViewParams=true";
    }
    ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("list:cases"))
        .setFirst(0);
    return null;
  }

  /**
   * The address of the list as it now stands, for the browser's address bar, after a column is
   * sorted or another page shown: never with a pupil's name searched.
   */
  private void tellTheAddress() {
    if (!pupilSearched()
        && FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
      PrimeFaces.current()
          .ajax()
          .addCallbackParam(
              "address",
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + "/cases.xhtml"
                  + addressQuery());
    }
  }

  private String addressQuery() {
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("status", status);
    kept.put("route", route);
    kept.put("school", establishmentId);
    kept.put("deadline", deadline);
    kept.put("sort", sort);
    kept.put("page", page > 1 ? page : null);
    String query =
        kept.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(
                e ->
                    e.getKey()
                        + "="
                        + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }

  /**
   * The person of this request, looked up on each: a view outlives the request it was built in, and
   * the person is not kept with it.
   */
  private static Caller caller() {
    return CDI.current().select(Caller.class).get();
  }

  private boolean pupilSearched() {
    return pupil != null && !pupil.isBlank();
  }

  /** Every row the filter finds, as CSV. */
  public void downloadCsv() {
    download(CasesExport.Format.CSV);
  }

  /** Every row the filter finds, as an Excel workbook. */
  public void downloadExcel() {
    download(CasesExport.Format.XLSX);
  }

  private void download(CasesExport.Format format) {
    CaseQuery query = query();
    long rows = caseService.list(caller(), query, 0, 1).total();
    if (rows > export.mostRows()) {
      PageSteps.refused(
          String.format(
              "The filter finds %,d cases, more than the %,d a download holds: narrow it"
                  + " (a status, a route, a school) and download again.",
              rows, export.mostRows()));
      return;
    }
    // Audited before a row leaves: a download the trail cannot record is not made
    caseService.recordExport(caller(), query, format.extension(), rows);
    Downloads.stream(
        format.contentType(),
        "cases." + format.extension(),
        out -> export.write(caller(), query, format, out));
  }

  public LazyDataModel<ReintegrationCase> getCases() {
    return cases;
  }

  /** The first row of the page the address names. */
  public int getFirst() {
    return (page - 1) * ROWS;
  }

  public int getRows() {
    return ROWS;
  }

  public List<Establishment> getEstablishments() {
    return directory.list(Optional.empty());
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.values();
  }

  public Route[] getRoutes() {
    return Route.values();
  }

  public DeadlineFilter[] getDeadlineFilters() {
    return DeadlineFilter.values();
  }

  /** The row's next deadline in words: which, when and whose; empty for none. */
  public String nextDeadlineWrittenOf(ReintegrationCase reintegrationCase) {
    return CasesExport.written(nextDeadlines.get(reintegrationCase.getId()));
  }

  private CaseQuery query() {
    boolean descending = sort != null && sort.startsWith("-");
    CaseQuery.Order order =
        sort == null
            ? CaseQuery.Order.OPENED
            : ORDERS.getOrDefault(descending ? sort.substring(1) : sort, CaseQuery.Order.OPENED);
    return new CaseQuery(
        Optional.ofNullable(status),
        Optional.ofNullable(route),
        Optional.ofNullable(establishmentId),
        Optional.ofNullable(pupil).filter(text -> !text.isBlank()).map(String::strip),
        Optional.ofNullable(deadline).map(this::dueBy),
        order,
        !descending);
  }

  /** The day a deadline must be due by to count: the same "due soon" as My work's. */
  private LocalDate dueBy(DeadlineFilter filter) {
    LocalDate today = states.today();
    return filter == DeadlineFilter.OVERDUE ? today.minusDays(1) : states.dueSoonHorizon(today);
  }

  private final class ScopedCases extends LazyDataModel<ReintegrationCase> {

    @Serial private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) caseService.list(caller(), query(), 0, 1).total();
    }

    @Override
    public List<ReintegrationCase> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      // The table's sort, once a column is clicked; until then the one the address names
      sortBy.values().stream()
          .findFirst()
          .ifPresent(
              meta ->
                  sort = (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField());
      page = first / pageSize + 1;
      tellTheAddress();
      CaseService.CasePage shown = caseService.list(caller(), query(), first, pageSize);
      setRowCount((int) shown.total());
      nextDeadlines = shown.nextDeadlines();
      return shown.cases();
    }

    @Override
    public String getRowKey(ReintegrationCase reintegrationCase) {
      return String.valueOf(reintegrationCase.getId());
    }

    /** Only a row of the page the caller was shown: a forged key finds nothing. */
    @Override
    public ReintegrationCase getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(c -> String.valueOf(c.getId()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }

  public String getPupil() {
    return pupil;
  }

  public void setPupil(String pupil) {
    this.pupil = pupil;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public Route getRoute() {
    return route;
  }

  public void setRoute(Route route) {
    this.route = route;
  }

  public DeadlineFilter getDeadline() {
    return deadline;
  }

  public void setDeadline(DeadlineFilter deadline) {
    this.deadline = deadline;
  }

  public Long getEstablishmentId() {
    return establishmentId;
  }

  public void setEstablishmentId(Long establishmentId) {
    this.establishmentId = establishmentId;
  }

  /** The sort the address names: a column's name, after "-" for the reverse order. */
  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort =
        sort != null && ORDERS.containsKey(sort.startsWith("-") ? sort.substring(1) : sort)
            ? sort
            : null;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }
}
