package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Tables of known item sizes for the joins-by-key tests, and the engine calls that answer each
 * shape most cheaply. 400 customers of about 1 KB (every 10th in region EU; a global index on
 * email), 20 orders of about 300 bytes each (8,000), and 30 tickets naming a customer, an email
 * and an order.
 */
final class JoinByKeyFixture {
  static final int CUSTOMERS = 400;
  static final int ORDERS_EACH = 20;
  static final int TICKETS = 30;

  private JoinByKeyFixture() {}

  static void load(Database db) {
    db.createTable(CreateTableRequest.of("customers", KeySchema.of("customer", AttributeType.S))
        .withGlobalIndexes(SecondaryIndex.all("byEmail", KeySchema.of("email", AttributeType.S))));
    db.createTable(CreateTableRequest.of("orders", KeySchema.of("customer", AttributeType.S, "id", AttributeType.N)));
    db.createTable(CreateTableRequest.of("tickets", KeySchema.of("ticket", AttributeType.N)));
    String big = "x".repeat(1000);
    String small = "y".repeat(260);
    for (int c = 0; c < CUSTOMERS; c++) {
      db.putItem(PutItemRequest.of("customers", Map.of("customer", s(customer(c)), "region", s(c % 10 == 0 ? "EU" : "US"),
          "email", s("e" + c + "@x"), "pad", s(big))));
      for (int i = 0; i < ORDERS_EACH; i++) {
        db.putItem(PutItemRequest.of("orders", Map.of("customer", s(customer(c)), "id", n(i), "total", n(c + i),
            "pad", s(small))));
      }
    }
    for (int t = 0; t < TICKETS; t++) {
      int c = (t * 7) % CUSTOMERS;
      db.putItem(PutItemRequest.of("tickets", Map.of("ticket", n(t), "customer", s(customer(c)),
          "email", s("e" + c + "@x"), "order_id", n(t % ORDERS_EACH))));
    }
  }

  static String customer(int c) {
    return String.format("c%04d", c);
  }

  /** Every page of a Query, as DynamoDB would be called: its read units. */
  static double query(Database db, String table, String index, String pk, AttributeValue v) {
    double units = 0;
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder q = QueryRequest.builder(table).keyCondition("#k = :v").names(Map.of("#k", pk))
          .values(Map.of(":v", v)).exclusiveStartKey(start);
      if (index != null) q.index(index);
      PageResponse r = db.query(q.build());
      units += r.consumedCapacity().readCapacityUnits();
      start = r.lastEvaluatedKey();
    } while (start != null);
    return units;
  }

  /** Every page of a Scan: its read units and the items it returned. */
  static double scan(Database db, String table, List<Map<String, AttributeValue>> into) {
    double units = 0;
    Map<String, AttributeValue> start = null;
    do {
      PageResponse r = db.scan(ScanRequest.builder(table).exclusiveStartKey(start).build());
      units += r.consumedCapacity().readCapacityUnits();
      if (into != null) into.addAll(r.items());
      start = r.lastEvaluatedKey();
    } while (start != null);
    return units;
  }

  /** The rows of {@code sql}, each as its columns joined by commas, sorted. */
  static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "," : "").append(rs.getString(i));
        out.add(sb.toString());
      }
    }
    Collections.sort(out);
    return out;
  }

  static String plan(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      StringBuilder sb = new StringBuilder();
      while (rs.next()) sb.append(rs.getString(1)).append('\n');
      return sb.toString();
    }
  }
}
