package uk.gov.borough.reintegration.interfaces.web.work;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.borough.reintegration.application.WorkList;
import uk.gov.borough.reintegration.domain.model.access.Caller;

/** The landing page: what the signed-in person has to do, across their cases (issue 5). */
@Named("myWork")
@RequestScoped
public class MyWorkPage {

  @Inject WorkList workList;

  @Inject Caller caller;

  private WorkList.Work work;

  /** Whether the person works on cases at all: the portal's administrators do not. */
  public boolean isCaseworker() {
    return caller.isCaseworker();
  }

  public WorkList.Work getWork() {
    if (work == null) {
      work = isCaseworker() ? workList.of(caller) : WorkList.Work.NONE;
    }
    return work;
  }
}
