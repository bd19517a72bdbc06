package uk.gov.borough.reintegration.infrastructure.persistence;

/**
 * Fired by {@link DatabaseMigration} once the schema (and the demo data, when switched on) is in
 * place and before requests are served, so that reference data a borough keeps in files is loaded
 * by then. An observer must not throw: the migration has succeeded whatever it does.
 */
public record DatabaseMigrated() {}
