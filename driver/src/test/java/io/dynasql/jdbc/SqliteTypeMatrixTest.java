package io.dynasql.jdbc;

import static io.dynasql.jdbc.TypeMatrix.AS_SOURCE_PRINTS;
import static io.dynasql.jdbc.TypeMatrix.reads;
import static io.dynasql.jdbc.TypeMatrix.refuses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQLite's row of the type matrix (docs/federation.md, "Types"). SQLite keeps any value in any
 * column (https://www.sqlite.org/datatype3.html): INTEGER and REAL are 8 bytes, and a value
 * of another kind than the column's declared type is an error rather than the driver's 0.
 */
class SqliteTypeMatrixTest {
  private static Connection sqlite;
  private static Connection conn;

  static List<TypeMatrix> cells() {
    return List.of(
        reads("integer_max", "INTEGER", "9223372036854775807", "BIGINT", Long.MAX_VALUE),
        refuses("integer_text", "INTEGER", "'abc'", "22018"),
        reads("real_max", "REAL", "1.7976931348623157E308", "DOUBLE", Double.MAX_VALUE),
        reads("real_inf", "REAL", "9e999", "DOUBLE", Double.POSITIVE_INFINITY),
        // NUMERIC affinity keeps a number of more than 15 digits as a REAL: SQLite holds (and dynasql shows) that double
        reads("numeric40", "NUMERIC", "1234567890123456789012345678901234567890", "DOUBLE", 1.2345678901234568E39),
        refuses("numeric_long", "NUMERIC", "9007199254740993", "22003"), // kept as an integer: 2^53 + 1, no double equals it
        reads("text40", "TEXT", "'1234567890123456789012345678901234567890'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("boolean", "BOOLEAN", "1", "BOOLEAN", true),
        refuses("boolean_two", "BOOLEAN", "2", "22018"),
        reads("date1850", "DATE", "'1850-06-15'", "DATE", LocalDate.of(1850, 6, 15)),
        reads("datetime", "DATETIME", "'2024-01-01 10:00:00.250'", "TIMESTAMP", LocalDateTime.of(2024, 1, 1, 10, 0, 0, 250_000_000)),
        refuses("datetime_bad", "DATETIME", "'not a date'", "22007"),
        reads("blob", "BLOB", "x'00ff10'", "VARBINARY", new byte[] {0, (byte) 0xff, 0x10}),
        reads("long_text", "TEXT", "hex(zeroblob(500000))", "VARCHAR", AS_SOURCE_PRINTS));
  }

  @BeforeAll
  static void start() throws Exception {
    Path file = Files.createTempFile("typematrix", ".sqlite");
    file.toFile().deleteOnExit();
    String url = "jdbc:sqlite:" + file;
    sqlite = DriverManager.getConnection(url);
    TypeMatrix.create(sqlite, cells());
    conn = DriverManager.getConnection("jdbc:dynasql:mem:sqlitematrix");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE lite TYPE JDBC OPTIONS (url '" + url + "', pool_size '2')");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    sqlite.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void cell(TypeMatrix cell) throws SQLException {
    cell.check(conn, "lite", sqlite);
  }
}
