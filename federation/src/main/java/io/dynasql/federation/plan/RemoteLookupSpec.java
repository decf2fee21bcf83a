package io.dynasql.federation.plan;

import io.dynasql.federation.LiveSource;
import java.util.List;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Everything a {@link RemoteLookupJoin} needs when it runs, handed to the generated code as one
 * value: which source table is read, by which of its columns the outer keys are sent, and how
 * found rows join the outer ones.
 *
 * @param source the source the inner table is in
 * @param inner the inner side's statement without the keys (its columns, its pushed conditions)
 * @param types the type of each inner column in the join (an exact number may be wider than the remote column's)
 * @param keyColumn the table column (by ordinal) the keys are sent for, as {@code IN (?, ...)}
 * @param keyPair which of {@code pairs} that column belongs to
 * @param pairs every equi-join pair; a found row joins an outer row only when all are equal
 * @param type INNER, LEFT (outer rows kept) or SEMI, from the outer side
 * @param batchSize the most keys one statement carries
 */
public record RemoteLookupSpec(LiveSource source, RemoteQuery inner, List<SqlTypeName> types, int keyColumn, int keyPair,
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
  }

  /** The statement of one batch of keys (each the JDBC value of the key column's type). */
  RemoteQuery batch(List<Object> keys) {
    List<Operand> values = keys.stream().map(k -> (Operand) new Operand.Literal(k)).toList();
    return inner.withConditions(List.of(new RemoteCondition.In(keyColumn, values)));
  }

  /** The statement as EXPLAIN shows it: {@code IN (?…)} for the keys, whose number is known only when it runs. */
  String sql() {
    RemoteQuery shown = inner.withConditions(List.of(new RemoteCondition.In(keyColumn, List.of())));
    return RemoteSqlWriter.write(shown, source.dialect()).sql();
  }

  /** Whether joined rows carry the inner columns (INNER and LEFT) or only the outer row (SEMI). */
  boolean carriesInner() {
    return type == JoinRelType.INNER || type == JoinRelType.LEFT;
  }
}
