package io.dynasql.federation.plan;

import java.util.List;

/**
 * A condition a source evaluates: on one column of the table, against a value bound as a
 * {@code ?} parameter in the column's own type (the literal is converted, never the column).
 */
public sealed interface RemoteCondition {
  /** The comparison operators that are pushed. */
  enum Op {
    EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String sql;

    Op(String sql) {
      this.sql = sql;
    }

    public String sql() {
      return sql;
    }

    /** The operator with its operands swapped ({@code 5 < x} is {@code x > 5}). */
    public Op flip() {
      switch (this) {
        case LT: return GT;
        case LE: return GE;
        case GT: return LT;
        case GE: return LE;
        default: return this;
      }
    }

    /** Whether it orders values rather than only telling them apart. */
    public boolean isRange() {
      return this != EQ && this != NE;
    }
  }

  /** {@code column op ?}. */
  record Compare(int column, Op op, Operand operand) implements RemoteCondition {}

  /** {@code column IS [NOT] NULL}. */
  record NullTest(int column, boolean isNull) implements RemoteCondition {}

  /** {@code (a OR b OR ...)}: each alternative is pushable, or the whole is not pushed. */
  record AnyOf(List<RemoteCondition> alternatives) implements RemoteCondition {
    public AnyOf {
      alternatives = List.copyOf(alternatives);
    }
  }

  /**
   * {@code column IN (?, ?, ...)}, or for several columns {@code (a, b) IN ((?, ?), ...)} (written
   * as the dialect allows, {@link io.dynasql.federation.Dialect#rowValues}): the keys of one batch
   * of a semi-join reduction ({@link RemoteLookupJoin}), each value already the JDBC value of its
   * column's type. EXPLAIN writes it with no keys, as {@code IN (?…)}: how many are sent is known
   * only when it runs.
   *
   * @param columns the table columns (by ordinal) the keys are for, at least one
   * @param keys each key: one value per column, in the order of {@code columns}
   */
  record In(List<Integer> columns, List<List<Operand>> keys) implements RemoteCondition {
    public In {
      if (columns.isEmpty()) throw new IllegalArgumentException("IN needs a column");
      columns = List.copyOf(columns);
      keys = keys.stream().map(List::copyOf).toList();
    }

    /** Keys of one column. */
    public In(int column, List<Operand> values) {
      this(List.of(column), values.stream().map(List::of).toList());
    }
  }
}
