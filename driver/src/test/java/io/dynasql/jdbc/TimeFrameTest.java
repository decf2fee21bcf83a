package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Rounding to a time frame that is not a plain time unit reads the execution's time frame set,
 * which the execution context makes on first read (it is not built for every statement). The
 * frames are Calcite's core set (Calcite's reference, "Time frames": WEEK_MONDAY is a week
 * starting on Monday, WEEK_SUNDAY one starting on Sunday).
 */
class TimeFrameTest {
  @Test
  void floorAndCeilToCalciteFrames() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:mem:time-frames"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT FLOOR(TIMESTAMP '2024-01-03 10:37:12' TO WEEK_MONDAY), "
            + "FLOOR(TIMESTAMP '2024-01-03 10:37:12' TO WEEK_SUNDAY), CEIL(TIMESTAMP '2024-01-03 10:37:12' TO WEEK_MONDAY)")) {
      rs.next(); // 2024-01-03 is a Wednesday
      assertEquals("2024-01-01 00:00:00", rs.getString(1));
      assertEquals("2023-12-31 00:00:00", rs.getString(2));
      assertEquals("2024-01-08 00:00:00", rs.getString(3));
    }
  }
}
