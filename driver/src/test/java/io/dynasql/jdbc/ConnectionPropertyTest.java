package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The property enum describes itself completely, and URLs are parsed strictly. */
class ConnectionPropertyTest {
  @Test
  void everyPropertyIsDescribedAndItsDefaultIsValid() throws SQLException {
    Set<String> keys = new HashSet<>();
    for (ConnectionProperty p : ConnectionProperty.values()) {
      assertTrue(keys.add(p.key().toLowerCase()), "duplicate key " + p.key());
      assertFalse(p.description().isBlank(), p.key());
      assertEquals(p.defaultValue(), p.get(new Properties()), p.key());
      if (p.choices() != null) assertTrue(java.util.List.of(p.choices()).contains(p.defaultValue()), p.key());
    }
    Driver d = DriverManager.getDriver("jdbc:dynasql:mem:x");
    DriverPropertyInfo[] info = d.getPropertyInfo("jdbc:dynasql:mem:x", new Properties());
    assertEquals(ConnectionProperty.values().length, info.length);
    for (DriverPropertyInfo i : info) assertFalse(i.description == null || i.description.isBlank(), i.name);
  }

  @Test
  void acceptsUrlIsAPrefixCheckAndParsingExplainsItsRefusals() throws SQLException {
    Driver d = DriverManager.getDriver("jdbc:dynasql:mem:x");
    assertTrue(d.acceptsURL("jdbc:dynasql:/anything"));
    assertFalse(d.acceptsURL("jdbc:h2:mem:x"));
    assertNull(d.connect("jdbc:h2:mem:x", new Properties()), "another driver's URL is not ours");
    SQLException unknown = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:dynasql:mem:x;nope=1"));
    assertEquals("08001", unknown.getSQLState());
    assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
    SQLException bad = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:dynasql:mem:x;scan=maybe"));
    assertTrue(bad.getMessage().contains("allow, warn, deny"), bad.getMessage());
    SQLException empty = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:dynasql:"));
    assertEquals("08001", empty.getSQLState());
    SQLException price = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:dynasql:mem:x;readUnitPrice=-1"));
    assertTrue(price.getMessage().contains("readUnitPrice"), price.getMessage());
  }

  @Test
  void aClosedConnectionSaysSo() throws SQLException {
    java.sql.Connection c = DriverManager.getConnection("jdbc:dynasql:mem:closing");
    c.close();
    c.close(); // idempotent
    assertTrue(c.isClosed());
    assertFalse(c.isValid(1));
    SQLException e = assertThrows(SQLException.class, c::createStatement);
    assertEquals("08003", e.getSQLState());
  }
}
