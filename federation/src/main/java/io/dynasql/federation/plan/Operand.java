package io.dynasql.federation.plan;

import org.apache.calcite.sql.type.SqlTypeName;

/** The value side of a pushed comparison, bound to a {@code ?} of the remote statement. */
public sealed interface Operand {
  /** A literal of the statement, already converted to the JDBC value of the column's type. */
  record Literal(Object value) implements Operand {}

  /**
   * A parameter of the statement ({@code ?} written by the user or lifted from a literal by the
   * plan cache), read from the execution when it runs and converted to the column's type.
   *
   * @param index the parameter's position, from 0
   * @param columnType the type of the column it is compared with
   */
  record Parameter(int index, SqlTypeName columnType) implements Operand {}
}
