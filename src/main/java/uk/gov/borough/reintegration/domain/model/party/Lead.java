package uk.gov.borough.reintegration.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/**
 * A named person responsible for part of a reintegration: the current school or AP lead, the
 * receiving school lead, the inclusions officer or the early help worker (policy P7, "Case
 * Details").
 *
 * <p>Every deadline has a responsible lead, so a lead always has an e-mail; the SSO subject is
 * known only once the lead is also a user of the portal.
 */
@Entity
@Table(name = "ri_lead")
public class Lead implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "ri_lead_seq", sequenceName = "ri_lead_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_lead_seq")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @NotNull(message = "Choose the lead's role")
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private LeadRole role;

  @NotBlank(message = "Give the lead's name")
  @Size(max = 200, message = "Keep the lead's name to 200 characters")
  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @NotBlank(message = "Give the lead's e-mail")
  @Email(message = "Give the lead's e-mail as an e-mail address")
  @Size(max = 254, message = "Keep the lead's e-mail to 254 characters")
  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Size(max = 255, message = "Keep the lead's sign-in subject to 255 characters")
  @Column(name = "sso_subject", length = 255)
  private String ssoSubject;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "establishment_id")
  private Establishment establishment;

  protected Lead() {}

  public Lead(LeadRole role, String name, String email, Establishment establishment) {
    this.role = role;
    this.name = name;
    this.email = email;
    this.establishment = establishment;
  }

  /** Links the lead to their portal account once they sign in with single sign-on. */
  public void linkSsoSubject(String ssoSubject) {
    this.ssoSubject = ssoSubject;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public LeadRole getRole() {
    return role;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  /** The subject of their single sign-on identity; null while they are not a portal user. */
  public String getSsoSubject() {
    return ssoSubject;
  }

  /** Where they work; null for a lead outside any establishment, such as a social worker. */
  public Establishment getEstablishment() {
    return establishment;
  }

  @Override
  public String toString() {
    return name;
  }
}
