package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the keys of a semi-join batch ({@link RemoteCondition.In}): one column as
 * {@code c IN (?, ?)}, several as row values in the form the dialect reads
 * ({@link Dialect#rowValues}). With no keys (EXPLAIN, before the keys are known) one key's
 * placeholders are written followed by {@code …}.
 */
final class RemoteKeySql {
  private RemoteKeySql() {}

  static String in(RemoteQuery q, Dialect d, RemoteCondition.In in, List<Operand> operands) {
    List<String> columns = in.columns().stream().map(c -> RemoteSqlWriter.column(q, d, c)).toList();
    boolean shown = in.keys().isEmpty();
    int keys = shown ? 1 : in.keys().size();
    for (List<Operand> key : in.keys()) operands.addAll(key);
    String more = shown ? "\u2026" : "";
    if (columns.size() == 1) return columns.get(0) + " IN (" + String.join(", ", placeholders(keys)) + more + ")";
    Dialect.RowValues form = d.rowValues();
    if (form == Dialect.RowValues.NONE) {
      StringJoiner one = new StringJoiner(" AND ", "(", ")");
      for (String c : columns) one.add(c + " = ?");
      StringJoiner any = new StringJoiner(" OR ", "(", more + ")");
      for (int i = 0; i < keys; i++) any.add(one.toString());
      return any.toString();
    }
    String row = "(" + String.join(", ", placeholders(columns.size())) + ")";
    StringJoiner rows = new StringJoiner(", ", form == Dialect.RowValues.VALUES ? "(VALUES " : "(", more + ")");
    for (int i = 0; i < keys; i++) rows.add(row);
    return "(" + String.join(", ", columns) + ") IN " + rows;
  }

  private static List<String> placeholders(int n) {
    return java.util.Collections.nCopies(n, "?");
  }
}
