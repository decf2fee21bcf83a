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

/**
 * MariaDB's row of the type matrix (docs/federation.md, "Types"), with MariaDB Connector/J's
 * default properties. Types: https://mariadb.com/kb/en/data-types/
 */
class MariaDbTypeMatrixTest {
  private static final String DIGITS_38 = "12345678901234567890123456789012345678";
  private static Connection maria;
  private static Connection conn;

  static List<TypeMatrix> cells() {
    return List.of(
        reads("decimal38", "DECIMAL(38,0)", DIGITS_38, "DECIMAL", new BigDecimal(DIGITS_38)),
        refuses("decimal65", "DECIMAL(65,0)", DIGITS_38 + "90", "22003"),
        reads("decimal65_fits", "DECIMAL(65,30)", "1.5", "DECIMAL", new BigDecimal("1.5")),
        reads("bigint_unsigned", "BIGINT UNSIGNED", "18446744073709551615", "DECIMAL", new BigDecimal("18446744073709551615")),
        reads("int_unsigned", "INT UNSIGNED", "4294967295", "BIGINT", 4294967295L),
        reads("smallint_unsigned", "SMALLINT UNSIGNED", "65535", "INTEGER", 65535),
        reads("tinyint1", "TINYINT(1)", "1", "BOOLEAN", true),
        refuses("tinyint1_two", "TINYINT(1)", "2", "22018"),
        reads("bit1", "BIT(1)", "b'1'", "BOOLEAN", true),
        reads("double_max", "DOUBLE", "1.7976931348623157E308", "DOUBLE", Double.MAX_VALUE),
        reads("float", "FLOAT", "1.5", "REAL", 1.5f),
        refuses("zero_date", "DATE", "'0000-00-00'", "22007"),
        refuses("zero_datetime", "DATETIME", "'0000-00-00 00:00:00'", "22007"),
        reads("date1850", "DATE", "'1850-06-15'", "DATE", LocalDate.of(1850, 6, 15)),
        reads("datetime_millis", "DATETIME(3)", "'1850-06-15 12:00:00.250'", "TIMESTAMP",
            LocalDateTime.of(1850, 6, 15, 12, 0, 0, 250_000_000)),
        refuses("datetime_micros", "DATETIME(6)", "'2024-01-01 10:00:00.000001'", "22007"),
        reads("timestamp", "TIMESTAMP(3) NULL", "'2024-01-01 10:00:00.250'", "TIMESTAMP",
            LocalDateTime.of(2024, 1, 1, 10, 0, 0, 250_000_000)),
        reads("time_millis", "TIME(3)", "'10:11:12.345'", "TIME", LocalTime.of(10, 11, 12, 345_000_000)),
        refuses("time_micros", "TIME(6)", "'10:11:12.345678'", "22007"),
        refuses("time_over_a_day", "TIME", "'25:00:00'", "22007"),
        reads("uuid", "UUID", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("json", "JSON", "'{\"b\": 1,  \"a\": [1, 2]}'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("enum", "ENUM('sad','happy')", "'happy'", "VARCHAR", "happy"),
        reads("blob", "BLOB", "x'00ff10'", "VARBINARY", new byte[] {0, (byte) 0xff, 0x10}),
        reads("long_text", "LONGTEXT", "REPEAT('x', 1000000)", "VARCHAR", AS_SOURCE_PRINTS));
  }

  @BeforeAll
  static void start() throws Exception {
    String url = SharedMariaDb.url("typematrix");
    maria = DriverManager.getConnection(url);
    try (Statement s = maria.createStatement()) {
      s.execute("SET SESSION sql_mode = ''"); // lets the zero dates in, as older applications wrote them
    }
    TypeMatrix.create(maria, cells());
    conn = DriverManager.getConnection("jdbc:dynasql:mem:mariamatrix");
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE maria TYPE JDBC OPTIONS (url '" + url + "', pool_size '2')");
    }
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    maria.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void cell(TypeMatrix cell) throws SQLException {
    cell.check(conn, "maria", maria);
  }
}
