package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.pushdown.AccessKind;
import io.dynasql.pushdown.AccessRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hideExpired=true} leaves out of SQL reads the items whose TTL has passed but that are
 * not deleted yet, and still counts and prices them as read: DynamoDB's advice is a filter
 * expression, and "these items still count towards storage and read costs until they are
 * deleted" (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ttl-expired-items.html).
 * Expiry is DynamoDB's rule: a time more than five years in the past never expires
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html).
 * The connections are read-only, so no sweeper deletes the expired item while the test reads.
 */
class HideExpiredTest {
  @TempDir Path dir;

  @BeforeEach
  void sessions() throws SQLException {
    long now = Instant.now().getEpochSecond();
    long sixYearsAgo = Instant.now().atOffset(ZoneOffset.UTC).minusYears(6).toEpochSecond();
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + dir); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE sessions (id VARCHAR PRIMARY KEY, kind VARCHAR, expiresAt BIGINT)");
      st.execute("INSERT INTO sessions (id, kind, expiresAt) VALUES ('live', 'web', " + (now + 86_400) + "), ('expired', 'web', "
          + (now - 3_600) + "), ('ancient', 'app', " + sixYearsAgo + "), ('none', 'app', NULL)");
      st.execute("CREATE MATERIALIZED VIEW sessions_by_kind AS SELECT kind, COUNT(*) AS n FROM sessions GROUP BY kind");
    }
    // TTL on after the writes, with no sweeper, so the expired item stays until the test reads it
    try (Database db = Database.open(dir, DatabaseOptions.DEFAULT.withTtl(TtlPolicy.MANUAL))) {
      db.updateTimeToLive(UpdateTimeToLiveRequest.of("sessions", TimeToLiveSpecification.enabled("expiresAt")));
    }
  }

  @Test
  void aScanLeavesOutTheExpiredItemButReadsIt() throws SQLException {
    String sql = "SELECT id FROM sessions";
    Read shown = read(false, sql);
    Read hidden = read(true, sql);
    assertEquals(List.of("ancient", "expired", "live", "none"), shown.ids());
    assertEquals(List.of("ancient", "live", "none"), hidden.ids(), "expired goes; five years back never expires");
    assertEquals(AccessKind.SCAN, hidden.access().kind());
    assertEquals(4, hidden.access().itemsRead(), "the expired item is read");
    assertEquals(3, hidden.access().itemsReturned());
    assertEquals(shown.access().readUnits(), hidden.access().readUnits(), "and priced as read");
  }

  @Test
  void aGetOfTheExpiredItemFindsNothingForTheSameUnits() throws SQLException {
    String sql = "SELECT id, expiresAt FROM sessions WHERE id = 'expired'";
    Read shown = read(false, sql);
    Read hidden = read(true, sql);
    assertEquals(List.of("expired"), shown.ids());
    assertEquals(List.of(), hidden.ids());
    assertEquals(AccessKind.GET, hidden.access().kind());
    assertEquals(1, hidden.access().itemsRead());
    assertEquals(shown.access().readUnits(), hidden.access().readUnits());
  }

  @Test
  void aCountLeavesItOutToo() throws SQLException {
    try (Connection c = connect(true); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sessions")) {
      rs.next();
      assertEquals(3, rs.getLong(1));
    }
  }

  @Test
  void theDefaultShowsExpiredItemsAsDynamoDbDoes() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + dir + ";readOnly=true");
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sessions")) {
      rs.next();
      assertEquals(4, rs.getLong(1));
    }
  }

  @Test
  void aMaterializedViewDoesNotAnswerForItCountsExpiredItems() throws SQLException {
    String sql = "SELECT kind, COUNT(*) FROM sessions GROUP BY kind ORDER BY kind";
    try (Connection c = connect(false); Statement st = c.createStatement()) {
      assertEquals(List.of("app 2", "web 2"), groups(st, sql));
      assertEquals(true, plan(st, sql).contains("table=sessions_by_kind"), "the view answers by default");
    }
    try (Connection c = connect(true); Statement st = c.createStatement()) {
      assertEquals(List.of("app 2", "web 1"), groups(st, sql));
      assertEquals(false, plan(st, sql).contains("table=sessions_by_kind"), "the table is read instead");
    }
  }

  private static List<String> groups(Statement st, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getLong(2));
    }
    return out;
  }

  private static String plan(Statement st, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) out.append(rs.getString(1)).append('\n');
    }
    return out.toString();
  }

  /** The ids a statement returned, sorted, and its one access line. */
  private record Read(List<String> ids, AccessRecord access) {}

  private Read read(boolean hideExpired, String sql) throws SQLException {
    try (Connection c = connect(hideExpired); Statement st = c.createStatement()) {
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      ids.sort(null);
      List<AccessLine> lines = st.unwrap(DynasqlStatement.class).accessLines();
      assertEquals(1, lines.size(), lines.toString());
      return new Read(ids, lines.get(0).record());
    }
  }

  private Connection connect(boolean hideExpired) throws SQLException {
    return DriverManager.getConnection("jdbc:dynasql:" + dir + ";readOnly=true;hideExpired=" + hideExpired);
  }
}
