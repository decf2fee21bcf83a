package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import java.util.List;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Everything a {@link RemoteLookupJoin} needs when it runs, handed to the generated code as one
 * value: which source table is read, by which of its columns the outer keys are sent (one, or
 * several as row values), and how found rows join the outer ones.
 *
 * @param source the source the inner table is in
 * @param inner the inner side's statement without the keys (its columns, its pushed conditions)
 * @param types the type of each inner column in the join (an exact number may be wider than the remote column's)
 * @param keyPairs which of {@code pairs} are sent as keys ({@code IN (?, ...)} for one,
 *     {@code (a, b) IN ((?, ?), ...)} for several); the others are checked here
 * @param pairs every equi-join pair; a found row joins an outer row only when all are equal
 * @param type INNER, LEFT (outer rows kept) or SEMI, from the outer side
 * @param batchSize the most keys one statement carries (each key is {@code keyPairs.size()} parameters)
 */
public record RemoteLookupSpec(LiveSource source, RemoteQuery inner, List<SqlTypeName> types, List<Integer> keyPairs,
    List<Pair> pairs, JoinRelType type, int batchSize) {
  /**
   * An equi-join pair: an outer column equal to a column the inner statement returns.
   *
   * @param outerField the outer row's column
   * @param innerField the inner row's column (a position in {@code inner.fields()})
   */
  public record Pair(int outerField, int innerField) {
    @Override
    public String toString() {
      return "outer.$" + outerField + " = inner.$" + innerField;
    }
  }

  public RemoteLookupSpec {
    types = List.copyOf(types);
    pairs = List.copyOf(pairs);
    keyPairs = List.copyOf(keyPairs);
  }

  /** The table columns (by ordinal) the keys are sent for, in the order of {@code keyPairs}. */
  List<Integer> keyColumns() {
    return keyPairs.stream().map(k -> inner.fields().get(pairs.get(k).innerField())).toList();
  }

  /** The outer row's columns that make a key, in the order of {@code keyPairs}. */
  List<Integer> outerKeyFields() {
    return keyPairs.stream().map(k -> pairs.get(k).outerField()).toList();
  }

  /** The statement of one batch of keys (each value the JDBC value of its key column's type). */
  RemoteQuery batch(List<List<Object>> keys) {
    List<List<Operand>> values = keys.stream()
        .map(k -> k.stream().map(v -> (Operand) new Operand.Literal(v)).toList()).toList();
    return inner.withConditions(List.of(new RemoteCondition.In(keyColumns(), values)));
  }

  /** The statement as EXPLAIN shows it: {@code IN (?…)} (or one row value and {@code …}) for the keys, whose number is known only when it runs. */
  String sql() {
    RemoteQuery shown = inner.withConditions(List.of(new RemoteCondition.In(keyColumns(), List.of())));
    return RemoteSqlWriter.write(shown, source.dialect()).sql();
  }

  /** Whether joined rows carry the inner columns (INNER and LEFT) or only the outer row (SEMI). */
  boolean carriesInner() {
    return type == JoinRelType.INNER || type == JoinRelType.LEFT;
  }
}
