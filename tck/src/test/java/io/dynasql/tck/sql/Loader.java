package io.dynasql.tck.sql;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.BatchWriteItemResponse;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the tables and loads one {@link DataSet} into both engines: into dynasql with DDL and
 * the engine's BatchWriteItem (SQL INSERT is not what is under test here), into H2 with the same
 * CREATE TABLE and plain INSERTs. A NULL column is an absent attribute in dynasql.
 */
final class Loader {
  private Loader() {}

  static void dynasql(Connection conn, Database db, DataSet data) throws SQLException {
    try (Statement st = conn.createStatement()) {
      for (Tables.Table t : data.rows.keySet()) {
        st.execute(t.ddl());
        for (String index : t.indexes()) st.execute(index);
      }
    }
    for (Tables.Table t : data.rows.keySet()) {
      List<WriteRequest> batch = new ArrayList<>();
      for (Object[] row : data.rows.get(t)) {
        batch.add(WriteRequest.put(item(t, row)));
        if (batch.size() == 25) write(db, t, batch);
      }
      if (!batch.isEmpty()) write(db, t, batch);
    }
  }

  private static void write(Database db, Tables.Table t, List<WriteRequest> batch) {
    BatchWriteItemResponse r = db.batchWriteItem(Map.of(t.name(), List.copyOf(batch)));
    if (!r.unprocessedItems().isEmpty()) throw new IllegalStateException("unprocessed writes: " + r.unprocessedItems());
    batch.clear();
  }

  private static Map<String, AttributeValue> item(Tables.Table t, Object[] row) {
    Map<String, AttributeValue> item = new HashMap<>();
    for (int i = 0; i < row.length; i++) {
      if (row[i] != null) item.put(t.columns().get(i).name(), attribute(row[i]));
    }
    return item;
  }

  private static AttributeValue attribute(Object v) {
    if (v instanceof String) return AttributeValue.s((String) v);
    if (v instanceof Boolean) return AttributeValue.bool((Boolean) v);
    if (v instanceof BigDecimal) return AttributeValue.n((BigDecimal) v);
    if (v instanceof Double) return AttributeValue.n(BigDecimal.valueOf((Double) v));
    return AttributeValue.n(((Number) v).longValue());
  }

  static void h2(Connection conn, DataSet data) throws SQLException {
    try (Statement st = conn.createStatement()) {
      for (Tables.Table t : data.rows.keySet()) st.execute(t.ddl());
    }
    for (Tables.Table t : data.rows.keySet()) {
      String marks = String.join(", ", java.util.Collections.nCopies(t.columns().size(), "?"));
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + t.name() + " VALUES (" + marks + ")")) {
        for (Object[] row : data.rows.get(t)) {
          for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }
}
