package uk.gov.borough.reintegration.interfaces.web;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of labels.properties, where a page's {@code labels} cannot reach: a download or a
 * printed pack writes a value as the pages do.
 */
public final class Labels {

  private static final ResourceBundle WORDS =
      ResourceBundle.getBundle("uk.gov.borough.reintegration.interfaces.web.labels", Locale.UK);

  private Labels() {}

  /** The words for a kind of value and the value: {@code of("Route", route)}. */
  public static String of(String kind, Enum<?> value) {
    return of(kind, value.name());
  }

  /** The words for a kind of value and a value's name as stored: {@code of("History", action)}. */
  public static String of(String kind, String name) {
    return WORDS.getString(kind + "." + name);
  }
}
