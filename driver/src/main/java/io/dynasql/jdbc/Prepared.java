package io.dynasql.jdbc;

import io.dynasql.calcite.ddl.DdlStatement;
import io.dynasql.calcite.dml.DmlStatement;
import io.dynasql.calcite.exec.BoundValues;
import io.dynasql.calcite.exec.PreparedQuery;

/** What a PreparedStatement was prepared as: each kind binds and runs in its own way. */
sealed interface Prepared {
  /** A query, planned once; its parameters are converted to their types as they are bound. */
  record Query(PreparedQuery query, BoundValues values) implements Prepared {}

  /** INSERT / UPDATE / DELETE, which dynasql runs itself with the Java values bound. */
  record Dml(DmlStatement dml, String text, Bound bound) implements Prepared {
    Dml(DmlStatement dml, String text) {
      this(dml, text, new Bound());
    }
  }

  /**
   * EXPLAIN ANALYZE of a query (checked to be one when prepared), or EXPLAIN PLAN FOR of a write,
   * which take no parameters; each execution runs the text again.
   */
  record Analyze(String text) implements Prepared {}

  /** DDL, which takes no parameters; each execution runs it again. */
  record Ddl(DdlStatement ddl) implements Prepared {}
}
