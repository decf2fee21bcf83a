package io.dynasql.tck.clients;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Index;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Runs in a child JVM with the shaded driver jar, spring-jdbc and jOOQ: JdbcTemplate queries and
 * updates, SimpleJdbcInsert (which reads the table's metadata), Spring's translation of our
 * SQLStates into DataAccessException subclasses, and jOOQ's view of keys and indexes through
 * {@code DSL.using(connection).meta()}. Prints what {@link SpringJooqTest} checks.
 */
public final class SpringJooqRun {
  private SpringJooqRun() {}

  public static void main(String[] args) throws Exception {
    DriverManagerDataSource ds = new DriverManagerDataSource(args[0]);
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    System.out.println("get: " + jdbc.queryForObject(
        "SELECT sku FROM order_lines WHERE \"orderId\" = ? AND \"lineNo\" = ?", String.class, "o-1", 2));
    System.out.println("query: " + jdbc.query("SELECT \"lineNo\", qty FROM order_lines WHERE \"orderId\" = ? ORDER BY \"lineNo\"",
        (rs, n) -> rs.getLong(1) + "x" + rs.getInt(2), "o-1"));
    System.out.println("update: " + jdbc.update("UPDATE order_lines SET qty = ? WHERE \"orderId\" = ? AND \"lineNo\" = ?", 9, "o-1", 1));
    System.out.println("insert: " + jdbc.update("INSERT INTO order_lines (\"orderId\", \"lineNo\", sku) VALUES (?, ?, ?)", "o-8", 1, "sku-d"));
    // From the metadata: every column getColumns lists is bound, _item with NULL.
    int inserted = new SimpleJdbcInsert(jdbc).withTableName("orderXlines")
        .execute(Map.of("orderId", "o-9", "lineNo", 1, "status", "HELD"));
    // SimpleJdbcInsert passes the table name to getColumns as an unescaped pattern, so order_lines
    // would also bring orderXlines' columns (on any JDBC database): its columns are named.
    inserted += new SimpleJdbcInsert(jdbc).withTableName("order_lines").usingColumns("orderId", "lineNo", "sku", "qty", "price")
        .execute(Map.of("orderId", "o-9", "lineNo", 1, "sku", "sku-e", "qty", 4, "price", new BigDecimal("12.50")));
    System.out.println("simple insert: " + inserted + " -> " + jdbc.queryForMap(
        "SELECT sku, qty, price FROM order_lines WHERE \"orderId\" = 'o-9' AND \"lineNo\" = 1") + " " + jdbc.queryForObject(
        "SELECT status FROM \"orderXlines\" WHERE \"orderId\" = 'o-9' AND \"lineNo\" = 1", String.class));
    translate(jdbc, "duplicate", "INSERT INTO order_lines (\"orderId\", \"lineNo\") VALUES ('o-1', 1)");
    translate(jdbc, "syntax", "SELEC sku FROM order_lines");
    translate(jdbc, "missing table", "SELECT * FROM no_such_table");
    translate(jdbc, "missing column", "SELECT no_such_column FROM order_lines");
    translate(jdbc, "data", "INSERT INTO order_lines (\"orderId\", \"lineNo\", qty) VALUES ('o-7', 1, 'many')");

    try (Connection c = ds.getConnection()) {
      DSLContext ctx = DSL.using(c);
      for (Table<?> t : ctx.meta().getSchemas("dynasql").get(0).getTables()) {
        StringBuilder line = new StringBuilder("jooq " + t.getName() + ": pk=");
        line.append(t.getPrimaryKey() == null ? "none" : t.getPrimaryKey().getFields().stream().map(f -> f.getName()).toList());
        for (Index i : t.getIndexes()) {
          List<String> cols = i.getFields().stream().map(SortField::getName).toList();
          line.append(' ').append(i.getName()).append(cols).append(i.getUnique() ? "unique" : "");
        }
        System.out.println(line);
      }
    }
  }

  /** Runs a failing statement and prints the DataAccessException class Spring chose and the SQLState. */
  private static void translate(JdbcTemplate jdbc, String what, String sql) {
    try {
      jdbc.execute(sql);
      System.out.println("translate " + what + ": no exception");
    } catch (org.springframework.dao.DataAccessException e) {
      String state = "-";
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof java.sql.SQLException s) {
          state = s.getSQLState(); // what Spring translated
          break;
        }
      }
      System.out.println("translate " + what + ": " + e.getClass().getSimpleName() + " " + state);
    }
  }
}
