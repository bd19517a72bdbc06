package uk.gov.borough.reintegration.application;

/** Checks on the deployer's settings, made as the application starts, naming the key at fault. */
public final class Settings {

  private Settings() {}

  /** A limit or a ceiling: zero or less would stop the work it guards. */
  public static void atLeastOne(String key, int value) {
    if (value < 1) {
      throw new IllegalStateException(key + " must be 1 or more; it is " + value);
    }
  }
}
