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
   * {@code column IN (?, ?, ...)}: the keys of one batch of a semi-join reduction
   * ({@link RemoteLookupJoin}), each already the JDBC value of the column's type. EXPLAIN writes
   * it with no values, as {@code IN (?…)}: how many are sent is known only when it runs.
   */
  record In(int column, List<Operand> values) implements RemoteCondition {
    public In {
      values = List.copyOf(values);
    }
  }
}
