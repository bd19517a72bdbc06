package uk.gov.borough.reintegration.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;
import uk.gov.borough.reintegration.domain.model.cases.ReintegrationCase;

/**
 * A parent or carer of the pupil, recorded on the case by staff: a reintegration after a permanent
 * exclusion "can only take place with the full consent and understanding of parent / carer's"
 * (policy P4), and the end of a placement must be communicated to the parent (P5).
 *
 * <p>Parents and carers do not log in, so the messages they receive go to the e-mail or the postal
 * address given here.
 */
@Entity
@Table(name = "ri_parent_carer")
public class ParentCarer implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_parent_carer_seq",
      sequenceName = "ri_parent_carer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_parent_carer_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @NotBlank(message = "Give the parent or carer's name")
  @Size(max = 200, message = "Keep the parent or carer's name to 200 characters")
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @NotBlank(message = "Give the parent or carer's relationship to the pupil")
  @Size(max = 100, message = "Keep the relationship to the pupil to 100 characters")
  @Column(name = "relationship", nullable = false, length = 100)
  private String relationship;

  @Email(message = "Give the parent or carer's e-mail as an e-mail address")
  @Size(max = 254, message = "Keep the parent or carer's e-mail to 254 characters")
  @Column(name = "email", length = 254)
  private String email;

  @Size(max = 500, message = "Keep the parent or carer's postal address to 500 characters")
  @Column(name = "postal_address", length = 500)
  private String postalAddress;

  @Column(name = "parental_responsibility", nullable = false)
  private boolean parentalResponsibility;

  protected ParentCarer() {}

  public ParentCarer(
      ReintegrationCase reintegrationCase,
      String name,
      String relationship,
      String email,
      String postalAddress,
      boolean parentalResponsibility) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.name = name;
    this.relationship = relationship;
    this.email = email;
    this.postalAddress = postalAddress;
    this.parentalResponsibility = parentalResponsibility;
  }

  /** Messages to a parent are e-mailed or printed as a letter, so one of the two must be known. */
  @AssertTrue(message = "Give an e-mail or a postal address for the parent or carer")
  public boolean isReachable() {
    return !isBlank(email) || !isBlank(postalAddress);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public String getName() {
    return name;
  }

  /** How they are related to the pupil, in the staff's words (mother, foster carer...). */
  public String getRelationship() {
    return relationship;
  }

  public String getEmail() {
    return email;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public boolean hasParentalResponsibility() {
    return parentalResponsibility;
  }
}
