package uk.gov.borough.reintegration.domain.model.cases;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file attached to a case, such as the Inclusions Gateway Referral form the provider completes
 * and sends to the IYFAP mailbox (policy P4).
 *
 * <p>The bytes are fetched only when asked for, so listing a case's documents reads titles and
 * sizes alone.
 */
@Entity
@Table(name = "ri_case_document")
public class CaseDocument implements Serializable, BelongsToCase {

  @Serial private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(
      name = "ri_case_document_seq",
      sequenceName = "ri_case_document_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ri_case_document_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ReintegrationCase reintegrationCase;

  @NotBlank(message = "Give the document's title")
  @Size(max = 200, message = "Keep the document's title to 200 characters")
  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @NotNull(message = "Choose what kind of document this is")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private DocumentKind kind;

  @NotBlank(message = "Give the document's content type")
  @Size(max = 100, message = "Keep the document's content type to 100 characters")
  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @NotNull(message = "Attach the document's file")
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @NotBlank(message = "Say who uploaded the document")
  @Size(max = 200, message = "Keep the name of who uploaded the document to 200 characters")
  @Column(name = "uploaded_by", nullable = false, length = 200)
  private String uploadedBy;

  @NotNull(message = "Give the time the document was uploaded")
  @PastOrPresent(message = "The time the document was uploaded cannot be in the future")
  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  protected CaseDocument() {}

  public CaseDocument(
      ReintegrationCase reintegrationCase,
      String title,
      DocumentKind kind,
      String contentType,
      byte[] content,
      String uploadedBy,
      LocalDateTime uploadedAt) {
    this.reintegrationCase = Objects.requireNonNull(reintegrationCase, "case");
    this.title = title;
    this.kind = kind;
    this.contentType = contentType;
    this.content = content == null ? null : content.clone();
    this.sizeBytes = content == null ? 0 : content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  @Override
  public ReintegrationCase getReintegrationCase() {
    return reintegrationCase;
  }

  public String getTitle() {
    return title;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  /** A copy of the file's bytes, read from the database on first use. */
  public byte[] getContent() {
    return content == null ? null : content.clone();
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }
}
