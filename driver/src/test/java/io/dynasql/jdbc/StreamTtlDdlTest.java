package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.TableDescription;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.model.TimeToLiveStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ALTER TABLE ... SET STREAM | TTL and CREATE TABLE ... WITH (stream = ...) through JDBC. Stream
 * settings follow UpdateTable's StreamSpecification
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html),
 * TTL follows UpdateTimeToLive
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html):
 * a refusal is DynamoDB's ValidationException, a data exception (22000) in SQL, and changes nothing.
 */
class StreamTtlDdlTest {
  private final Connection conn = open();

  private static Connection open() {
    try {
      return DriverManager.getConnection("jdbc:dynasql:mem:stream-ttl-ddl");
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  private Database db() throws SQLException {
    return conn.unwrap(DynasqlConnection.class).database();
  }

  @ParameterizedTest
  @EnumSource(StreamViewType.class)
  void setStreamTakesEachViewTypeAndOffClosesIt(StreamViewType view) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY)");
      assertEquals(0, st.executeUpdate("ALTER TABLE orders SET STREAM (" + view + ")"));
      TableDescription on = db().describeTable("orders");
      assertEquals(view, on.streamSpecification().streamViewType());
      assertTrue(on.streamSpecification().streamEnabled());
      st.execute("alter table orders set stream off");
      assertNull(db().describeTable("orders").streamSpecification());
    }
  }

  @Test
  void createTableWithStreamOption() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY) WITH (stream = 'NEW_IMAGE', billing_mode = PAY_PER_REQUEST)");
      assertEquals(StreamViewType.NEW_IMAGE, db().describeTable("orders").streamSpecification().streamViewType());
      SQLException bad = assertThrows(SQLException.class,
          () -> st.execute("CREATE TABLE other (id VARCHAR PRIMARY KEY) WITH (stream = 'ALL')"));
      assertEquals("42601", bad.getSQLState(), bad.getMessage());
      assertTrue(bad.getMessage().contains("'KEYS_ONLY' or 'NEW_IMAGE' or 'OLD_IMAGE' or 'NEW_AND_OLD_IMAGES'"), bad.getMessage());
      assertEquals(1, db().descriptors().size());
    }
  }

  @Test
  void streamRefusalsAreTheEnginesAndChangeNothing() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY)");
      SQLException none = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE orders SET STREAM OFF"));
      assertEquals("22000", none.getSQLState(), none.getMessage());
      st.execute("ALTER TABLE orders SET STREAM ('KEYS_ONLY')");
      String arn = db().describeTable("orders").latestStreamArn();
      SQLException second = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE orders SET STREAM (NEW_IMAGE)"));
      assertEquals("22000", second.getSQLState(), second.getMessage());
      assertEquals(arn, db().describeTable("orders").latestStreamArn());
      assertEquals(StreamViewType.KEYS_ONLY, db().describeTable("orders").streamSpecification().streamViewType());
      SQLException missing = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE nowhere SET STREAM (NEW_IMAGE)"));
      assertEquals("42S02", missing.getSQLState(), missing.getMessage());
      SQLException syntax = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE orders SET STREAM NEW_IMAGE"));
      assertEquals("42601", syntax.getSQLState(), syntax.getMessage());
      assertTrue(syntax.getMessage().contains("'(' or OFF"), syntax.getMessage());
    }
  }

  @Test
  void setTtlEnablesAndOffDisablesWhicheverAttributeIsSet() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE sessions (id VARCHAR PRIMARY KEY)");
      SQLException never = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE sessions SET TTL OFF"));
      assertEquals("22000", never.getSQLState(), never.getMessage());
      assertTrue(never.getMessage().contains("TimeToLive is already disabled"), never.getMessage());
      st.execute("ALTER TABLE sessions SET TTL (\"expiresAt\")");
      assertEquals(TimeToLiveStatus.ENABLED, db().describeTimeToLive("sessions").timeToLiveStatus());
      assertEquals("expiresAt", db().describeTimeToLive("sessions").attributeName());
      // a second change within the hour is refused, as on DynamoDB, and TTL stays on
      SQLException soon = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE sessions SET TTL OFF"));
      assertEquals("22000", soon.getSQLState(), soon.getMessage());
      assertTrue(soon.getMessage().contains("multiple times"), soon.getMessage());
      assertEquals(TimeToLiveStatus.ENABLED, db().describeTimeToLive("sessions").timeToLiveStatus());
    }
  }

  @Test
  void setTtlSyntaxErrorsNameWhatWasExpected() throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLException noParen = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE sessions SET TTL expiresAt"));
      assertEquals("42601", noParen.getSQLState(), noParen.getMessage());
      SQLException other = assertThrows(SQLException.class, () -> st.execute("ALTER TABLE sessions SET COLUMNS (a)"));
      assertEquals("42601", other.getSQLState(), other.getMessage());
      assertTrue(other.getMessage().contains("STREAM, TTL or POINT_IN_TIME_RECOVERY"), other.getMessage());
    }
  }
}
