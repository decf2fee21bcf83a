package io.dynasql.federation.plan;

import io.dynasql.federation.schema.RemoteColumn;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.calcite.avatica.util.ByteString;

/**
 * Reads one value of a remote row into Calcite's internal form for its column's type (dates as
 * days, times as milliseconds of the day, timestamps as UTC milliseconds, binary as ByteString),
 * and estimates its size for the access's bytes. A value the column's dynasql type cannot hold
 * unchanged is a {@link ValueErrors named error}, never rounded, truncated or turned into NULL.
 */
final class RemoteValues {
  private RemoteValues() {}

  /** Value {@code i} of the current row of {@code rs}; {@code table} names the source's table in errors. */
  static Object read(ResultSet rs, int i, RemoteColumn c, String table) {
    try {
      Object v = value(rs, i, c, table);
      return rs.wasNull() ? null : v;
    } catch (SQLException | java.time.DateTimeException | IllegalArgumentException e) {
      // e.g. PostgreSQL's numeric NaN as a BigDecimal, SQLite's text 'not a date' in a DATE column
      throw ValueErrors.unreadable(table, c, text(rs, i), e);
    }
  }

  private static Object value(ResultSet rs, int i, RemoteColumn c, String table) throws SQLException {
    switch (c.type()) {
      case BOOLEAN: return RemoteNumbers.bool(rs, i, c, table);
      case SMALLINT:
      case INTEGER:
      case BIGINT: return RemoteNumbers.integer(rs, i, c, table);
      case REAL:
      case DOUBLE: return RemoteNumbers.floating(rs, i, c, table);
      case DECIMAL: {
        BigDecimal d = rs.getBigDecimal(i);
        if (d != null) ValueErrors.checkDecimal(table, c, d);
        return d;
      }
      case DATE: {
        LocalDate d = local(rs, i, LocalDate.class);
        if (d == null) return ValueErrors.nullUnlessNull(rs, i, table, c);
        return (int) d.toEpochDay();
      }
      case TIME: {
        LocalTime t = local(rs, i, LocalTime.class);
        if (t == null) return ValueErrors.nullUnlessNull(rs, i, table, c);
        ValueErrors.checkMillis(table, c, t.getNano(), t);
        ValueErrors.checkTimeOfDay(rs, i, table, c);
        return (int) (t.toNanoOfDay() / 1_000_000L);
      }
      case TIMESTAMP: return timestamp(rs, i, c, table);
      case VARBINARY: {
        byte[] b = rs.getBytes(i);
        return b == null ? null : new ByteString(b);
      }
      default: return rs.getString(i);
    }
  }

  /** A timestamp as milliseconds; a zoned one (timestamptz) at its UTC instant, whatever the JVM's or session's zone. */
  private static Object timestamp(ResultSet rs, int i, RemoteColumn c, String table) throws SQLException {
    if (c.isZoned()) {
      OffsetDateTime o = rs.getObject(i, OffsetDateTime.class);
      if (o == null) return null;
      ValueErrors.checkMillis(table, c, o.getNano(), o);
      return o.toInstant().toEpochMilli();
    }
    LocalDateTime t = local(rs, i, LocalDateTime.class);
    if (t == null) return ValueErrors.nullUnlessNull(rs, i, table, c);
    ValueErrors.checkMillis(table, c, t.getNano(), t);
    return t.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /**
   * A date or time as java.time, which no driver shifts by the JVM's time zone and which keeps
   * dates before 1582 in the proleptic calendar; java.sql's types for drivers without it (SQLite).
   */
  @SuppressWarnings("unchecked")
  private static <T> T local(ResultSet rs, int i, Class<T> type) throws SQLException {
    try {
      return rs.getObject(i, type);
    } catch (SQLException e) {
      if (type == LocalDate.class) {
        java.sql.Date d = rs.getDate(i);
        return d == null ? null : (T) d.toLocalDate();
      }
      if (type == LocalTime.class) {
        java.sql.Time t = rs.getTime(i);
        return t == null ? null : (T) LocalTime.ofNanoOfDay((Math.floorMod(t.getTime(), 86_400_000L)) * 1_000_000L);
      }
      java.sql.Timestamp ts = rs.getTimestamp(i);
      return ts == null ? null : (T) ts.toLocalDateTime();
    }
  }

  /** The value as the source prints it, for an error message; null when even that fails. */
  static String text(ResultSet rs, int i) {
    try {
      return rs.getString(i);
    } catch (SQLException e) {
      return null;
    }
  }

  /** Bytes a value takes on the wire, roughly: for the label, not for billing. */
  static long size(Object v) {
    if (v == null) return 1;
    if (v instanceof String s) return s.length();
    if (v instanceof ByteString b) return b.length();
    if (v instanceof BigDecimal b) return b.unscaledValue().bitLength() / 8 + 2;
    if (v instanceof Long || v instanceof Double) return 8;
    if (v instanceof Boolean) return 1;
    if (v instanceof Short) return 2;
    return 4;
  }
}
