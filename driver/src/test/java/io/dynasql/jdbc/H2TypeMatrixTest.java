package io.dynasql.jdbc;

import static io.dynasql.jdbc.TypeMatrix.AS_SOURCE_PRINTS;
import static io.dynasql.jdbc.TypeMatrix.reads;
import static io.dynasql.jdbc.TypeMatrix.refuses;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** H2's row of the type matrix (docs/federation.md, "Types"). Types: https://www.h2database.com/html/datatypes.html */
class H2TypeMatrixTest {
  private static final String DIGITS_38 = "12345678901234567890123456789012345678";
  private static Connection h2;
  private static Connection conn;

  static List<TypeMatrix> cells() {
    return List.of(
        reads("numeric38", "NUMERIC(38)", DIGITS_38, "DECIMAL", new BigDecimal(DIGITS_38)),
        refuses("numeric40", "NUMERIC(45)", DIGITS_38 + "90", "22003"),
        refuses("decfloat_nan", "DECFLOAT", "CAST('NaN' AS DECFLOAT)", "22003"),
        reads("double_nan", "DOUBLE PRECISION", "CAST('NaN' AS DOUBLE PRECISION)", "DOUBLE", Double.NaN),
        reads("double_inf", "DOUBLE PRECISION", "CAST('Infinity' AS DOUBLE PRECISION)", "DOUBLE", Double.POSITIVE_INFINITY),
        reads("bigint_max", "BIGINT", "9223372036854775807", "BIGINT", Long.MAX_VALUE),
        reads("timestamptz", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+02'", "TIMESTAMP",
            LocalDateTime.of(2023, 12, 31, 22, 0)),
        reads("timestamp", "TIMESTAMP(3)", "TIMESTAMP '1850-06-15 12:00:00.5'", "TIMESTAMP",
            LocalDateTime.of(1850, 6, 15, 12, 0, 0, 500_000_000)),
        refuses("timestamp_nanos", "TIMESTAMP(9)", "TIMESTAMP '2024-01-01 10:00:00.123456789'", "22007"),
        reads("date1850", "DATE", "DATE '1850-06-15'", "DATE", LocalDate.of(1850, 6, 15)),
        reads("date1000", "DATE", "DATE '1000-01-01'", "DATE", LocalDate.of(1000, 1, 1)),
        reads("time_millis", "TIME(3)", "TIME '10:11:12.345'", "TIME", LocalTime.of(10, 11, 12, 345_000_000)),
        refuses("time_nanos", "TIME(9)", "TIME '10:11:12.345678'", "22007"),
        reads("uuid", "UUID", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "VARCHAR", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
        reads("json", "JSON", "JSON '{\"b\": 1, \"a\": [1, 2]}'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("int_array", "INTEGER ARRAY", "ARRAY[1, 2, 3]", "VARCHAR", AS_SOURCE_PRINTS),
        reads("enum", "ENUM('sad', 'happy')", "'happy'", "VARCHAR", "happy"),
        reads("varbinary", "VARBINARY(3)", "X'00ff10'", "VARBINARY", new byte[] {0, (byte) 0xff, 0x10}),
        reads("blob", "BLOB", "X'00ff10'", "VARBINARY", new byte[] {0, (byte) 0xff, 0x10}),
        reads("interval", "INTERVAL DAY TO HOUR", "INTERVAL '1 02' DAY TO HOUR", "VARCHAR", AS_SOURCE_PRINTS),
        reads("long_text", "CHARACTER LARGE OBJECT", "REPEAT('x', 1000000)", "VARCHAR", AS_SOURCE_PRINTS));
  }

  @BeforeAll
  static void start() throws SQLException {
    String url = "jdbc:h2:mem:typematrix_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    h2 = DriverManager.getConnection(url, "sa", "");
    TypeMatrix.create(h2, cells());
    conn = DriverManager.getConnection("jdbc:dynasql:mem:h2matrix");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE h2 TYPE JDBC OPTIONS (url '" + url + "', user 'sa', pool_size '2')");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    h2.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void cell(TypeMatrix cell) throws SQLException {
    cell.check(conn, "h2", h2);
  }
}
