package io.dynasql.jdbc;

import io.dynasql.pushdown.AccessKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: the WRITE lines of an EXPLAIN PLAN FOR of a write, and those a run labels, by line name. */
final class WriteEstimates {
  /** One line's items and write units; the table's line also its calls and atomic_on_dynamodb. */
  record Line(long items, double units, String calls, Boolean atomic) {}

  private static final Pattern WRITE = Pattern.compile("DynamoWrite\\(table=\\[(\\w+)\\](?:, calls=\\[(\\w+)\\], atomic_on_dynamodb=\\[(\\w+)\\])?"
      + "(?:, index=\\[(\\w+)\\])?(?:, view_of=\\[\\w+\\])?, est_items=\\[(\\d+)\\], est_write_units=\\[([0-9.]+)\\]");

  private WriteEstimates() {}

  /** The plan {@code EXPLAIN PLAN FOR sql} answers. */
  static String plan(Statement st, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) out.append(rs.getString("PLAN"));
    }
    return out.toString();
  }

  /** The estimated WRITE lines of {@code plan}, by "table" or "table/index". */
  static Map<String, Line> estimated(String plan) {
    Map<String, Line> out = new LinkedHashMap<>();
    Matcher m = WRITE.matcher(plan);
    while (m.find()) {
      String name = m.group(4) == null ? m.group(1) : m.group(1) + "/" + m.group(4);
      out.put(name, new Line(Long.parseLong(m.group(5)), Double.parseDouble(m.group(6)), m.group(2),
          m.group(3) == null ? null : Boolean.valueOf(m.group(3))));
    }
    return out;
  }

  /** The WRITE lines a statement was labelled with, by "table" or "table/index" (items: the table line's). */
  static Map<String, Line> actual(List<AccessLine> lines) {
    Map<String, Line> out = new LinkedHashMap<>();
    for (AccessLine l : lines) {
      var r = l.record();
      if (r.kind() != AccessKind.WRITE) continue;
      String name = r.index() == null ? r.table() : r.table() + "/" + r.index();
      out.merge(name, new Line(r.itemsReturned(), r.writeUnits(), null, r.atomicOnDynamo()),
          (a, b) -> new Line(a.items() + b.items(), a.units() + b.units(), null, a.atomic() && b.atomic()));
    }
    return out;
  }
}
