package io.dynasql.calcite.names;

import java.util.Collection;

/**
 * The names a statement can refer to, spelled as stored: the schemas, the tables of each schema
 * and the columns of each table. {@link IdentifierResolver} matches what a statement wrote
 * against them.
 */
public interface KnownNames {
  /** The schema unqualified table names belong to. */
  String defaultSchema();

  /** Every schema a qualified name may start with. */
  Collection<String> schemas();

  /** The tables of {@code schema} (exact name); empty when there is no such schema. */
  Collection<String> tables(String schema);

  /** The columns of {@code table} in {@code schema} (exact names); empty when unknown. */
  Collection<String> columns(String schema, String table);

  /** The schemas inside {@code schema} (a source's remote schemas, exact names); empty when none. */
  default Collection<String> subSchemas(String schema) {
    return java.util.List.of();
  }

  /** The tables of sub-schema {@code sub} of {@code schema} (exact names); empty when there is none. */
  default Collection<String> tables(String schema, String sub) {
    return java.util.List.of();
  }

  /** The columns of {@code table} in sub-schema {@code sub} of {@code schema} (exact names); empty when unknown. */
  default Collection<String> columns(String schema, String sub, String table) {
    return java.util.List.of();
  }
}
