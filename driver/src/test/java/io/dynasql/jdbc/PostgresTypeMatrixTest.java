package io.dynasql.jdbc;

import static io.dynasql.jdbc.TypeMatrix.AS_SOURCE_PRINTS;
import static io.dynasql.jdbc.TypeMatrix.reads;
import static io.dynasql.jdbc.TypeMatrix.refuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PostgreSQL's row of the type matrix (docs/federation.md, "Types"), written in a session at
 * UTC+05:30 and read through dynasql in a JVM whose default time zone (and so the source's
 * sessions) is UTC-03:30, so no value may depend on a zone.
 * Types: https://www.postgresql.org/docs/current/datatype.html
 */
class PostgresTypeMatrixTest {
  private static final String DIGITS_38 = "12345678901234567890123456789012345678";
  private static final String DIGITS_40 = DIGITS_38 + "90";
  /** The JVM's default zone and the source's session zone while the cells are read: UTC-03:30, a half-hour offset. */
  private static final String READ_ZONE = "America/St_Johns";
  private static final String CELL = "cell ";
  private static final Map<String, String> outcomes = new HashMap<>();

  static List<TypeMatrix> cells() {
    return List.of(
        reads("numeric38", "numeric(38,0)", DIGITS_38, "DECIMAL", new BigDecimal(DIGITS_38)),
        refuses("numeric40", "numeric(45,0)", DIGITS_40, "22003"),
        reads("numeric_free", "numeric", "123.456", "DECIMAL", new BigDecimal("123.456")),
        refuses("numeric_free40", "numeric", DIGITS_40, "22003"),
        refuses("numeric_fraction20", "numeric", "0.12345678901234567891", "22003"),
        refuses("numeric_nan", "numeric", "'NaN'", "22003"),
        reads("float8_nan", "double precision", "'NaN'", "DOUBLE", Double.NaN),
        reads("float8_inf", "double precision", "'Infinity'", "DOUBLE", Double.POSITIVE_INFINITY),
        reads("float4_ninf", "real", "'-Infinity'", "REAL", Float.NEGATIVE_INFINITY),
        reads("bigint_max", "bigint", "9223372036854775807", "BIGINT", Long.MAX_VALUE),
        reads("timestamptz", "timestamptz", "'2024-01-01 00:00:00+02'", "TIMESTAMP", LocalDateTime.of(2023, 12, 31, 22, 0)),
        refuses("timestamptz_micros", "timestamptz", "'2024-01-01 00:00:00.123456+00'", "22007"),
        reads("timestamp", "timestamp", "'1850-06-15 12:00:00.5'", "TIMESTAMP", LocalDateTime.of(1850, 6, 15, 12, 0, 0, 500_000_000)),
        refuses("timestamp_micros", "timestamp", "'2024-01-01 10:00:00.000001'", "22007"),
        reads("date1850", "date", "'1850-06-15'", "DATE", LocalDate.of(1850, 6, 15)),
        reads("date1000", "date", "'1000-01-01'", "DATE", LocalDate.of(1000, 1, 1)),
        reads("time_millis", "time(3)", "'10:11:12.345'", "TIME", LocalTime.of(10, 11, 12, 345_000_000)),
        refuses("time_micros", "time", "'10:11:12.345678'", "22007"),
        reads("uuid", "uuid", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("json", "json", "'{\"b\": 1,  \"a\": [1, 2]}'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("jsonb", "jsonb", "'{\"b\": 1,  \"a\": [1, 2]}'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("int_array", "integer[]", "'{1,2,3}'", "VARCHAR", "{1,2,3}"),
        reads("text_array", "text[]", "ARRAY['a b', 'c']", "VARCHAR", AS_SOURCE_PRINTS),
        reads("bytea", "bytea", "'\\x00ff10'", "VARBINARY", new byte[] {0, (byte) 0xff, 0x10}),
        reads("enum", "mood", "'happy'", "VARCHAR", "happy"),
        reads("interval", "interval", "'1 day 02:00'", "VARCHAR", AS_SOURCE_PRINTS),
        reads("long_text", "text", "repeat('x', 1000000)", "VARCHAR", AS_SOURCE_PRINTS));
  }

  @BeforeAll
  static void start() throws Exception {
    String url = SharedPostgres.get().getJdbcUrl("postgres", "postgres");
    try (Connection pg = DriverManager.getConnection(url); Statement s = pg.createStatement()) {
      s.execute("SET TIME ZONE 'Asia/Kolkata'"); // the values are written in one zone (UTC+05:30) ...
      s.execute("DROP TABLE IF EXISTS tm_enum");
      s.execute("DROP TYPE IF EXISTS mood");
      s.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
      TypeMatrix.create(pg, cells());
    }
    // ... and read in another (UTC-03:30): a JVM of its own, so no other test class runs in that default zone
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=" + READ_ZONE, "-cp", System.getProperty("java.class.path"), InZone.class.getName(), url)
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    for (String line : out.split("\n")) {
      if (line.startsWith(CELL)) {
        String[] parts = line.substring(CELL.length()).split(" ", 2);
        outcomes.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void cell(TypeMatrix cell) {
    assertEquals("ok", outcomes.get(cell.name()), "read in a JVM and session at " + READ_ZONE);
  }

  /** Reads every cell through dynasql in this JVM's default zone, which the test sets to {@link #READ_ZONE}. */
  public static final class InZone {
    public static void main(String[] args) throws Exception {
      String url = args[0];
      try (Connection pg = DriverManager.getConnection(url); Statement s = pg.createStatement();
          ResultSet rs = s.executeQuery("SHOW TimeZone")) {
        rs.next(); // PgJDBC sets a session's zone to the JVM's: the source's sessions are at UTC-03:30 too
        if (!READ_ZONE.equals(rs.getString(1)) || !READ_ZONE.equals(TimeZone.getDefault().getID())) {
          throw new IllegalStateException("session zone " + rs.getString(1) + ", JVM zone " + TimeZone.getDefault().getID());
        }
        try (Connection conn = DriverManager.getConnection("jdbc:dynasql:mem:pgmatrix"); Statement d = conn.createStatement()) {
          d.execute("CREATE SOURCE pg TYPE JDBC OPTIONS (url '" + url + "', pool_size '2')");
          for (TypeMatrix cell : cells()) {
            String outcome;
            try {
              cell.check(conn, "pg", pg);
              outcome = "ok";
            } catch (AssertionError | Exception e) {
              outcome = String.valueOf(e).replace('\n', ' ');
            }
            System.out.println(CELL + cell.name() + " " + outcome);
          }
        }
      }
    }
  }
}
