package uk.gov.borough.reintegration.interfaces.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import uk.gov.borough.reintegration.domain.model.party.Establishment;

/**
 * The list of the caller's cases (issue 5): paged, sorted and filtered by the database through the
 * caller's scope, so counts, rows and row keys never reach past what the person may see. The
 * filters are a form of their own above the table, each with a visible label.
 */
@Named("casesPage")
@RequestScoped
public class CasesPage {

  private static final DateTimeFormatter LIST_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** The pages of the table, loaded one at a time through the caller's scope. */
  private final LazyDataModel<ReintegrationCase> cases = new ScopedCases();

  @Inject CaseService caseService;

  @Inject EstablishmentDirectory directory;

  @Inject DeadlineStates states;

  @Inject Caller caller;

  private String pupil;
  private CaseStatus status;
  private Route route;
  private Long establishmentId;
  private DeadlineFilter deadline;
  private Map<Long, LocalDate> nextDeadlines = Map.of();

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

  /** The filters changed: back to the first page of what they now show. */
  public void filter() {
    ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("list:cases"))
        .setFirst(0);
  }

  public LazyDataModel<ReintegrationCase> getCases() {
    return cases;
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

  /** The earliest due day of the case's deadlines not yet met, for the row shown; null for none. */
  public LocalDate nextDeadlineOf(ReintegrationCase reintegrationCase) {
    return nextDeadlines.get(reintegrationCase.getId());
  }

  /** The same day as the list writes it, for the row shown and its download; empty for none. */
  public String nextDeadlineWrittenOf(ReintegrationCase reintegrationCase) {
    LocalDate due = nextDeadlineOf(reintegrationCase);
    return due == null ? "" : LIST_DATE.format(due);
  }

  private CaseQuery query(Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    CaseQuery.Order order =
        sort == null
            ? CaseQuery.Order.OPENED
            : switch (sort.getField()) {
              case "pupil" -> CaseQuery.Order.PUPIL;
              case "status" -> CaseQuery.Order.STATUS;
              case "route" -> CaseQuery.Order.ROUTE;
              case "nextDeadline" -> CaseQuery.Order.NEXT_DEADLINE;
              case "referringSchool" -> CaseQuery.Order.REFERRING_SCHOOL;
              case "currentProvision" -> CaseQuery.Order.CURRENT_PROVISION;
              default -> CaseQuery.Order.OPENED;
            };
    return new CaseQuery(
        Optional.ofNullable(status),
        Optional.ofNullable(route),
        Optional.ofNullable(establishmentId),
        Optional.ofNullable(pupil).filter(text -> !text.isBlank()).map(String::strip),
        Optional.ofNullable(deadline).map(this::dueBy),
        order,
        sort == null || sort.getOrder() != SortOrder.DESCENDING);
  }

  /** The day a deadline must be due by to count: the same "due soon" as My work's. */
  private LocalDate dueBy(DeadlineFilter filter) {
    LocalDate today = states.today();
    return filter == DeadlineFilter.OVERDUE ? today.minusDays(1) : states.dueSoonHorizon(today);
  }

  private final class ScopedCases extends LazyDataModel<ReintegrationCase> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) caseService.list(caller, query(Map.of()), 0, 1).total();
    }

    @Override
    public List<ReintegrationCase> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      CaseService.CasePage page = caseService.list(caller, query(sortBy), first, pageSize);
      setRowCount((int) page.total());
      nextDeadlines = page.nextDeadlines();
      return page.cases();
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
}
