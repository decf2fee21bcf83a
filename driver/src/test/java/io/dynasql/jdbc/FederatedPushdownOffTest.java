package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code pushdown=false} a source's table is read whole, as a plain {@code SELECT} of its
 * columns, and filters, projections, ORDER BY, LIMIT, aggregates, same-source joins and a join's
 * keys are all evaluated in dynasql: EXPLAIN and the access labels show it, and the answers are
 * those of the default (pushdown on) connection, whose plans do send them. Over the Chinook
 * fixture ({@link ChinookFederation}).
 */
class FederatedPushdownOffTest {
  private static final Pattern REMOTE_SQL = Pattern.compile("sql=\\[([^\\]]*)\\]");
  private static final String PLAIN_INVOICE = "SELECT \"invoiceid\", \"customerid\", \"invoicedate\", \"billingaddress\","
      + " \"billingcity\", \"billingstate\", \"billingcountry\", \"billingpostalcode\", \"total\" FROM \"public\".\"invoice\"";

  private static ChinookFederation f;

  @BeforeAll
  static void load() throws Exception {
    f = ChinookFederation.get();
  }

  @Test
  void filtersOrderAndLimitStayInDynasql() throws SQLException {
    String sql = "SELECT t.Total FROM pgb.public.Invoice t WHERE t.InvoiceId < 10 ORDER BY t.Total DESC, t.InvoiceId LIMIT 3";
    assertEquals(List.of(PLAIN_INVOICE), remoteStatements(plan(f.off, sql)));
    String pushed = remoteStatements(plan(f.on, sql)).get(0);
    assertTrue(pushed.contains("WHERE \"invoiceid\" < ?") && pushed.contains("LIMIT ?"), pushed);
    assertEquals(rows(f.on, sql), rows(f.off, sql));
  }

  @Test
  void aggregatesAndSameSourceJoinsStayInDynasql() throws SQLException {
    String count = "SELECT COUNT(*), MAX(ArtistId) FROM my.Album WHERE AlbumId > 5";
    String offPlan = plan(f.off, count);
    assertFalse(offPlan.contains("RemoteAggregateScan"), offPlan);
    assertTrue(plain(remoteStatements(offPlan).get(0), 3), offPlan);
    assertTrue(plan(f.on, count).contains("COUNT("), plan(f.on, count));
    assertEquals(rows(f.on, count), rows(f.off, count));

    String join = "SELECT i.Total, l.Quantity FROM pgb.public.Invoice i JOIN pgb.public.InvoiceLine l ON l.InvoiceId = i.InvoiceId"
        + " WHERE i.InvoiceId = 1";
    offPlan = plan(f.off, join);
    assertFalse(offPlan.contains("RemoteJoinScan"), offPlan);
    List<String> statements = remoteStatements(offPlan);
    assertEquals(2, statements.size(), offPlan);
    assertTrue(statements.contains(PLAIN_INVOICE), offPlan);
    assertNotEquals(statements, remoteStatements(plan(f.on, join))); // a JOIN or the invoice's keys sent
    assertEquals(rows(f.on, join), rows(f.off, join));
  }

  @Test
  void aJoinsKeysAreNotSent() throws SQLException {
    String sql = "SELECT t.Name, l.Quantity FROM Track t JOIN pgb.public.InvoiceLine l ON l.TrackId = t.TrackId WHERE t.TrackId = 2";
    String offPlan = plan(f.off, sql);
    assertFalse(offPlan.contains("RemoteLookupJoin"), offPlan);
    assertTrue(offPlan.contains("access=SCAN"), offPlan); // dynasql's own table: a plain SCAN, as before
    assertTrue(plain(remoteStatements(offPlan).get(0), 5), offPlan);
    assertNotEquals(remoteStatements(plan(f.on, sql)), remoteStatements(offPlan));
    assertEquals(rows(f.on, sql), rows(f.off, sql));
  }

  @Test
  void theAccessLabelShowsTheWholeTableRead() throws SQLException {
    try (Statement s = f.off.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT Total FROM pgb.public.Invoice WHERE InvoiceId = 7")) {
        assertTrue(rs.next());
        assertFalse(rs.next());
      }
      try (ResultSet rs = s.executeQuery("SELECT remote_sql, items_returned FROM sys.access_log WHERE access = 'REMOTE_SQL'"
          + " ORDER BY statement_id DESC LIMIT 1")) {
        assertTrue(rs.next());
        assertEquals(PLAIN_INVOICE, rs.getString(1));
        assertEquals(f.tables.get("Invoice").rows().size(), rs.getLong(2)); // every row fetched, the filter applied in dynasql
      }
    }
  }

  /** Whether {@code sql} reads {@code columns} columns of one table and nothing else. */
  private static boolean plain(String sql, int columns) {
    return sql.matches("SELECT [^ ]+(, [^ ]+){" + (columns - 1) + "} FROM [^ ]+");
  }

  private static List<String> remoteStatements(String plan) {
    List<String> out = new ArrayList<>();
    Matcher m = REMOTE_SQL.matcher(plan);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  private static String plan(Connection c, String sql) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) b.append(rs.getString(1)).append('\n');
    }
    return b.toString();
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(rs.getString(i));
        out.add(b.toString());
      }
    }
    out.sort(null);
    assertFalse(out.isEmpty(), sql);
    return out;
  }
}
