package uk.gov.borough.reintegration.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import uk.gov.borough.reintegration.domain.model.plan.Percentages;

/**
 * Figures as a person writes them (issue 18): "94%" and "94.5%", never the stored scale's "94.00%".
 */
@Named("figures")
@ApplicationScoped
public class Figures {

  /** The percentage, with no trailing zeros; empty where there is none. */
  public String percent(BigDecimal value) {
    return Percentages.written(value);
  }
}
