package uk.gov.borough.reintegration.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Pattern;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A pupil as the portal's MIS records them: the plugin reads the pupil's name, date of birth, NC
 * year group, free-school-meals flag and SEN status for the Reintegration Plan's case details
 * (policy P7), and never writes them.
 *
 * <p>The table and column names are plain defaults because a deployer maps them onto the portal's
 * own table or view with an XML mapping file; the plugin's schema does not create this table.
 */
@Entity
@ReadOnly
@Table(name = "ri_pupil")
public class Pupil implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  // EclipseLink needs the key writable in the mapping; @ReadOnly is what keeps the row unwritten.
  @Id
  @Column(name = "id")
  private Long id;

  @Pattern(
      regexp = "[A-HJ-NP-RT-Z]\\d{11}[0-9A-HJ-NP-RT-Z]",
      message = "Give the pupil's UPN as a check letter, 11 digits and a final digit or letter")
  @Column(name = "upn", insertable = false, updatable = false)
  private String upn;

  @Column(name = "given_name", insertable = false, updatable = false)
  private String givenName;

  @Column(name = "family_name", insertable = false, updatable = false)
  private String familyName;

  @Column(name = "date_of_birth", insertable = false, updatable = false)
  private LocalDate dateOfBirth;

  @Column(name = "year_group", insertable = false, updatable = false)
  private Integer yearGroup;

  @Column(name = "free_school_meals", insertable = false, updatable = false)
  private boolean freeSchoolMeals;

  @Column(name = "sen_status", insertable = false, updatable = false)
  private String senStatus;

  protected Pupil() {}

  /** A pupil as read from the MIS; the plugin builds one only for stand-in data and tests. */
  public Pupil(
      Long id,
      String upn,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      Integer yearGroup,
      boolean freeSchoolMeals,
      String senStatus) {
    this.id = id;
    this.upn = upn;
    this.givenName = givenName;
    this.familyName = familyName;
    this.dateOfBirth = dateOfBirth;
    this.yearGroup = yearGroup;
    this.freeSchoolMeals = freeSchoolMeals;
    this.senStatus = senStatus;
  }

  /** The MIS key. */
  public Long getId() {
    return id;
  }

  /** The Unique Pupil Number. */
  public String getUpn() {
    return upn;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  /** The name as the pages, downloads and printed forms write it: "Amira Haddad". */
  public String fullName() {
    return givenName + " " + familyName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  /** The National Curriculum year group. */
  public Integer getYearGroup() {
    return yearGroup;
  }

  /** In receipt of free school meals funding, which decides who buys the uniform (P5, R4). */
  public boolean isFreeSchoolMeals() {
    return freeSchoolMeals;
  }

  /** The MIS SEN status code, such as N (none), K (SEN support) or E (EHC plan). */
  public String getSenStatus() {
    return senStatus;
  }

  @Override
  public String toString() {
    return givenName + " " + familyName;
  }
}
