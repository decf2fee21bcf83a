package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Table and index names as a SQL user meets DynamoDB's naming rule: "Table names and index names
 * must be between 3 and 255 characters long, and can contain only" a-z, A-Z, 0-9, '_', '-' and
 * '.' (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
 * A name that breaks it is SQLState 42602 with the rule in the message, and nothing is created;
 * a name of the full 255 characters works from SQL like any other.
 */
class TableNameRulesTest {
  private static final String RULE = "3 to 255 characters long, each a letter a-z or A-Z, a digit 0-9, '_', '-' or '.'";

  private final Connection conn = open();

  private static Connection open() {
    try {
      return DriverManager.getConnection("jdbc:dynasql:mem:table-name-rules");
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  private SQLException refused(String sql) {
    SQLException e = assertThrows(SQLException.class, () -> {
      try (Statement st = conn.createStatement()) {
        st.execute(sql);
      }
    });
    assertEquals("42602", e.getSQLState(), e.getMessage());
    assertInstanceOf(SQLSyntaxErrorException.class, e);
    assertTrue(e.getMessage().contains(RULE), e.getMessage());
    return e;
  }

  private int tables() throws SQLException {
    int n = 0;
    try (ResultSet rs = conn.getMetaData().getTables(null, DynasqlDriver.SCHEMA, "%", new String[] {"TABLE"})) {
      while (rs.next()) n++;
    }
    return n;
  }

  @Test
  void theFirstTableMostPeopleTypeIsRefusedWithTheRule() throws SQLException {
    int before = tables();
    SQLException e = refused("CREATE TABLE t (id INT PRIMARY KEY)");
    assertTrue(e.getMessage().startsWith("Invalid table name 't': it has 1 character;"), e.getMessage());
    assertTrue(e.getMessage().endsWith("Use a name of at least 3 characters"), e.getMessage());
    refused("CREATE TABLE \"ab\" (id INT PRIMARY KEY)");
    assertEquals(before, tables(), "nothing was created");
  }

  @Test
  void aCharacterDynamoDbRefusesIsNamedEvenWhenQuoted() throws SQLException {
    SQLException space = refused("CREATE TABLE \"order lines\" (id INT PRIMARY KEY)");
    assertTrue(space.getMessage().contains("it contains a space"), space.getMessage());
    SQLException accent = refused("CREATE TABLE \"caf\u00e9s\" (id INT PRIMARY KEY)");
    assertTrue(accent.getMessage().contains("it contains '\u00e9'"), accent.getMessage());
    assertTrue(accent.getMessage().endsWith("Replace it with '_' or leave it out"), accent.getMessage());
  }

  @Test
  void aNameTooLongIsRefusedWithItsLength() {
    SQLException e = refused("CREATE TABLE " + "x".repeat(256) + " (id INT PRIMARY KEY)");
    assertTrue(e.getMessage().contains("it has 256 characters"), e.getMessage());
    assertTrue(e.getMessage().endsWith("Shorten it to at most 255 characters"), e.getMessage());
  }

  @Test
  void indexNamesFollowTheSameRule() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders_by_name (customer VARCHAR, id BIGINT, status VARCHAR, PRIMARY KEY (customer, id))");
      try {
        SQLException global = refused("CREATE INDEX ix ON orders_by_name (status)");
        assertTrue(global.getMessage().startsWith("Invalid index name 'ix'"), global.getMessage());
        refused("CREATE TABLE other_orders (customer VARCHAR, id BIGINT, at BIGINT, PRIMARY KEY (customer, id),"
            + " LOCAL INDEX \"by at\" (at))");
        refused("DROP INDEX ix ON orders_by_name");
        assertTrue(conn.unwrap(DynasqlConnection.class).database().describeTable("orders_by_name").globalSecondaryIndexes().isEmpty());
      } finally {
        st.execute("DROP TABLE orders_by_name");
      }
    }
  }

  @Test
  void aTableOfTheLongestNameWorksFromSql() throws SQLException {
    String name = "t" + "_0123456789".repeat(23) + "a";
    assertEquals(255, name.length());
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE " + name + " (id INT PRIMARY KEY, note VARCHAR)");
      try {
        assertEquals(1, st.executeUpdate("INSERT INTO " + name + " (id, note) VALUES (1, 'long')"));
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO \"" + name + "\" (id, note) VALUES (?, ?)")) {
          ps.setInt(1, 2);
          ps.setString(2, "quoted");
          assertEquals(1, ps.executeUpdate());
        }
        try (ResultSet rs = st.executeQuery("SELECT id, note FROM " + name + " WHERE id = 2")) {
          assertTrue(rs.next());
          assertEquals("quoted", rs.getString(2));
          assertFalse(rs.next());
        }
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + name.toUpperCase())) {
          assertTrue(rs.next(), "an unquoted name matches ignoring case");
          assertEquals(2, rs.getLong(1));
        }
        DatabaseMetaData md = conn.getMetaData();
        try (ResultSet rs = md.getTables(null, DynasqlDriver.SCHEMA, name, null)) {
          assertTrue(rs.next());
          assertEquals(name, rs.getString("TABLE_NAME"));
        }
      } finally {
        st.execute("DROP TABLE " + name);
      }
    }
  }
}
