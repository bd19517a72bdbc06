package uk.gov.borough.reintegration.infrastructure.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One failed sign-in under a name, as {@link SignInFailures} counts them. Read here, written by
 * that class's SQL: like the audit trail, not an entity the change audit records.
 */
@Entity
@ReadOnly
@Table(name = "ri_sign_in_failure")
public class SignInFailure {

  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "user_name")
  private String userName;

  @Column(name = "failed_at")
  private OffsetDateTime failedAt;

  protected SignInFailure() {}

  public OffsetDateTime getFailedAt() {
    return failedAt;
  }
}
