package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A query naming a missing table fails with 42S02, one naming a missing column with 42S22, as
 * INSERT and UPDATE already do (docs/dml.md): Spring and other tools tell them apart by state.
 */
class NotFoundStatesTest {
  @Test
  void missingTableAndMissingColumnHaveTheirOwnStates() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:notfound"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE things (k VARCHAR PRIMARY KEY, v VARCHAR)");
      assertEquals("42S02", assertThrows(SQLException.class, () -> st.executeQuery("SELECT v FROM no_such_table")).getSQLState());
      assertEquals("42S22", assertThrows(SQLException.class, () -> st.executeQuery("SELECT no_such_column FROM things")).getSQLState());
      assertEquals("42S22", assertThrows(SQLException.class, () -> c.prepareStatement("SELECT v FROM things WHERE w = ?")).getSQLState());
    }
  }
}
