package uk.gov.borough.reintegration.infrastructure.persistence.audit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.AggregateChangeRecord;
import org.eclipse.persistence.internal.sessions.DirectToFieldChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.ObjectReferenceChangeRecord;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import uk.gov.borough.reintegration.domain.model.audit.AuditEntry;
import uk.gov.borough.reintegration.domain.model.audit.AuditKind;
import uk.gov.borough.reintegration.domain.model.cases.BelongsToCase;

/**
 * Records every insert, update and delete EclipseLink writes, as it writes it and on the same
 * connection, so the change and its audit entry commit or roll back together and no service can
 * forget to record one (issue 3: who, when, what, before and after).
 *
 * <p>A new record is written down whole; a change gives each changed field with its value before
 * and after. Related entities appear by id. A case's child records (notes, meetings, plan weeks)
 * are recorded as entities of their own, filed under their case.
 */
public final class ChangeAudit extends DescriptorEventAdapter {

  private static final JsonProvider JSON = JsonProvider.provider();

  @Override
  public void postInsert(DescriptorEvent event) {
    JsonObjectBuilder fields = JSON.createObjectBuilder();
    for (DatabaseMapping mapping : recordedMappings(event.getDescriptor())) {
      fields.add(
          mapping.getAttributeName(),
          render(
              mapping.getRealAttributeValueFromObject(event.getObject(), event.getSession()),
              event.getSession()));
    }
    append(event, AuditKind.CREATED, fields.build().toString());
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    // The event carries no change set after the update; the query that wrote it does.
    ObjectChangeSet changes =
        event.getQuery() instanceof WriteObjectQuery write ? write.getObjectChangeSet() : null;
    if (changes == null || changes.getChanges().isEmpty()) {
      return;
    }
    JsonObjectBuilder fields = JSON.createObjectBuilder();
    for (ChangeRecord change : changes.getChanges()) {
      DatabaseMapping mapping =
          event.getDescriptor().getMappingForAttributeName(change.getAttribute());
      if (mapping == null || !recordedMappings(event.getDescriptor()).contains(mapping)) {
        continue;
      }
      JsonObjectBuilder beforeAndAfter = JSON.createObjectBuilder();
      oldValue(change)
          .ifPresent(old -> beforeAndAfter.add("before", render(old, event.getSession())));
      beforeAndAfter.add(
          "after",
          render(
              mapping.getRealAttributeValueFromObject(event.getObject(), event.getSession()),
              event.getSession()));
      fields.add(change.getAttribute(), beforeAndAfter);
    }
    append(event, AuditKind.CHANGED, fields.build().toString());
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    append(event, AuditKind.DELETED, null);
  }

  private static void append(DescriptorEvent event, AuditKind kind, String detail) {
    AbstractSession session = event.getSession();
    Object entity = event.getObject();
    Long caseId =
        entity instanceof BelongsToCase part && part.getReintegrationCase() != null
            ? idOf(part.getReintegrationCase(), session)
            : null;
    AuditRows.insert(
        session,
        AuditEntry.by(
            CurrentCaller.get(),
            kind,
            event.getDescriptor().getAlias(),
            idOf(entity, session),
            caseId,
            detail));
  }

  /**
   * The fields worth recording: not the id (the entry carries it), not the version, and not the
   * collections of child entities, which are recorded as entities of their own.
   */
  private static List<DatabaseMapping> recordedMappings(ClassDescriptor descriptor) {
    String version =
        descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy locking
                && locking.getVersionMapping() != null
            ? locking.getVersionMapping().getAttributeName()
            : null;
    return descriptor.getMappings().stream()
        .filter(mapping -> !mapping.isPrimaryKeyMapping())
        .filter(mapping -> !mapping.getAttributeName().equals(version))
        .filter(mapping -> !mapping.isOneToManyMapping() && !mapping.isManyToManyMapping())
        .toList();
  }

  /** The value before the change, where EclipseLink keeps it (fields, references, embeddables). */
  private static Optional<Object> oldValue(ChangeRecord change) {
    if (change instanceof DirectToFieldChangeRecord field) {
      return Optional.ofNullable(field.getOldValue()).or(() -> Optional.of(JsonValue.NULL));
    }
    if (change instanceof ObjectReferenceChangeRecord reference) {
      return Optional.ofNullable(reference.getOldValue()).or(() -> Optional.of(JsonValue.NULL));
    }
    if (change instanceof AggregateChangeRecord embedded) {
      return Optional.ofNullable(embedded.getOldValue()).or(() -> Optional.of(JsonValue.NULL));
    }
    return Optional.empty();
  }

  private static JsonValue render(Object value, AbstractSession session) {
    if (value == null || value == JsonValue.NULL) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return JSON.createValue(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return JSON.createValue(decimal);
    }
    if (value instanceof BigInteger integer) {
      return JSON.createValue(integer);
    }
    if (value instanceof byte[] bytes) {
      return JSON.createValue(bytes.length + " bytes");
    }
    if (value instanceof Collection<?> values) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      values.forEach(element -> array.add(render(element, session)));
      return array.build();
    }
    ClassDescriptor descriptor = session.getDescriptor(value.getClass());
    if (descriptor == null) {
      return JSON.createValue(value.toString());
    }
    if (!descriptor.isAggregateDescriptor()) {
      return JSON.createValue(idOf(value, session));
    }
    JsonObjectBuilder fields = JSON.createObjectBuilder();
    for (DatabaseMapping mapping : descriptor.getMappings()) {
      fields.add(
          mapping.getAttributeName(),
          render(mapping.getRealAttributeValueFromObject(value, session), session));
    }
    return fields.build();
  }

  private static Long idOf(Object entity, AbstractSession session) {
    Object id =
        session
            .getDescriptor(entity.getClass())
            .getObjectBuilder()
            .extractPrimaryKeyFromObject(entity, session);
    return id instanceof Number number ? number.longValue() : null;
  }
}
