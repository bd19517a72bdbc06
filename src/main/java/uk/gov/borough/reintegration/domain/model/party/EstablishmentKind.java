package uk.gov.borough.reintegration.domain.model.party;

/** What kind of school or provision an establishment is (policy P4, P7). */
public enum EstablishmentKind {
  /** A mainstream school or academy: a referring or a receiving school (P3). */
  MAINSTREAM("Mainstream school or academy"),
  /** The AP academy for permanently excluded pupils: Olive Academy (P6). */
  AP_ACADEMY("Alternative provision academy"),
  /** The Medical Provision: The Bridge / Queens Hospital (P4). */
  MEDICAL_PROVISION("Medical provision"),
  /** Any other alternative provision, such as KORU (P7). */
  OTHER_AP("Other alternative provision");

  private final String label;

  EstablishmentKind(String label) {
    this.label = label;
  }

  /** How the kind reads on a page. */
  public String getLabel() {
    return label;
  }
}
