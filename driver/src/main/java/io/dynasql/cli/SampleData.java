package io.dynasql.cli;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.AttributeValue;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The demo's single-table design: customers and their orders in table {@code Shop}
 * ({@code pk = CUST#id}, {@code sk = PROFILE} or {@code ORDER#date#id}) with a global index
 * {@code byStatus} (status, orderDate). Created with DDL, loaded with BatchWriteItem.
 */
final class SampleData {
  static final String TABLE = "Shop";
  static final String[] STATUSES = {"NEW", "PAID", "SHIPPED", "DELIVERED", "RETURNED"};
  private static final String[] CITIES = {"Lisbon", "Oslo", "Austin", "Osaka", "Lagos", "Lima", "Perth", "Graz"};

  private SampleData() {}

  /**
   * Why an existing table named {@link #TABLE} is not the demo's (so the demo must not reuse it),
   * or empty when it has the demo's key and index.
   */
  static Optional<String> notTheDemos(TableDescriptor t) {
    KeySchema k = t.keySchema();
    if (!"pk".equals(k.partitionKey()) || !"sk".equals(k.sortKey())) {
      return Optional.of("its key is (" + k.partitionKey() + (k.sortKey() == null ? "" : ", " + k.sortKey()) + "), the demo's is (pk, sk)");
    }
    boolean index = t.indexes().stream().anyMatch(i -> i.name().equals("byStatus"));
    return index ? Optional.empty() : Optional.of("it has no index byStatus");
  }

  static void create(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE Shop (pk VARCHAR, sk VARCHAR, name VARCHAR, city VARCHAR, since BIGINT,"
          + " status VARCHAR, orderDate VARCHAR, total DECIMAL(10, 2), qty INTEGER, PRIMARY KEY (pk, sk))");
      st.execute("CREATE INDEX byStatus ON Shop (status, orderDate)");
    }
  }

  /**
   * Loads {@code customers} customers with 0-19 orders each; returns the item count. On a
   * terminal a progress bar redraws one line; elsewhere (a pipe, a log) nothing is drawn.
   */
  static int load(Database db, int customers, PrintStream out, boolean terminal) {
    Random r = new Random(2026);
    List<WriteRequest> batch = new ArrayList<>();
    int items = 0;
    for (int c = 0; c < customers; c++) {
      String pk = String.format("CUST#%05d", c);
      Map<String, AttributeValue> profile = new LinkedHashMap<>();
      profile.put("pk", s(pk));
      profile.put("sk", s("PROFILE"));
      profile.put("name", s("Customer " + c));
      profile.put("city", s(CITIES[r.nextInt(CITIES.length)]));
      profile.put("since", n(2015 + r.nextInt(11)));
      batch.add(WriteRequest.put(profile));
      int orders = r.nextInt(20);
      for (int o = 0; o < orders; o++) {
        String date = String.format("2026-%02d-%02d", 1 + r.nextInt(11), 1 + r.nextInt(28));
        Map<String, AttributeValue> order = new LinkedHashMap<>();
        order.put("pk", s(pk));
        order.put("sk", s("ORDER#" + date + "#" + o));
        order.put("status", s(STATUSES[r.nextInt(STATUSES.length)]));
        order.put("orderDate", s(date));
        order.put("total", n(String.format("%d.%02d", 5 + r.nextInt(995), r.nextInt(100))));
        order.put("qty", n(1 + r.nextInt(9)));
        batch.add(WriteRequest.put(order));
      }
      while (batch.size() >= 25) items += flush(db, batch, 25);
      if (terminal && (c % 50 == 0 || c == customers - 1)) progress(out, c + 1, customers);
    }
    while (!batch.isEmpty()) items += flush(db, batch, Math.min(25, batch.size()));
    if (terminal) out.println();
    return items;
  }

  private static int flush(Database db, List<WriteRequest> batch, int n) {
    List<WriteRequest> part = new ArrayList<>(batch.subList(0, n));
    batch.subList(0, n).clear();
    db.batchWriteItem(Map.of(TABLE, part));
    return n;
  }

  private static void progress(PrintStream out, int done, int total) {
    int width = 40;
    int filled = (int) ((long) done * width / total);
    out.print("\rloading [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " customers");
    out.flush();
  }
}
