package io.dynasql.federation.plan;

import io.dynasql.federation.schema.RemoteColumn;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.LocalDateTime;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.calcite.avatica.util.ByteString;

/**
 * Reads one value of a remote row into Calcite's internal form for its column's type (dates as
 * days, times as milliseconds of the day, timestamps as UTC milliseconds, binary as ByteString),
 * and estimates its size for the access's bytes.
 */
final class RemoteValues {
  private RemoteValues() {}

  static Object read(ResultSet rs, int i, RemoteColumn c) throws SQLException {
    Object v;
    switch (c.type()) {
      case BOOLEAN: v = rs.getBoolean(i); break;
      case SMALLINT: v = rs.getShort(i); break;
      case INTEGER: v = rs.getInt(i); break;
      case BIGINT: v = rs.getLong(i); break;
      case REAL: v = rs.getFloat(i); break;
      case DOUBLE: v = rs.getDouble(i); break;
      case DECIMAL: v = rs.getBigDecimal(i); break;
      case DATE: {
        java.sql.Date d = rs.getDate(i);
        v = d == null ? null : (Object) (int) d.toLocalDate().toEpochDay();
        break;
      }
      case TIME: {
        java.sql.Time t = rs.getTime(i);
        v = t == null ? null : (Object) (int) (t.toLocalTime().toNanoOfDay() / 1_000_000L);
        break;
      }
      case TIMESTAMP: v = timestamp(rs, i, c); break;
      case VARBINARY: {
        byte[] b = rs.getBytes(i);
        v = b == null ? null : new ByteString(b);
        break;
      }
      default: v = rs.getString(i);
    }
    return rs.wasNull() ? null : v;
  }

  /** A timestamp as milliseconds; a zoned one (timestamptz) at its UTC instant, whatever the JVM's or session's zone. */
  private static Object timestamp(ResultSet rs, int i, RemoteColumn c) throws SQLException {
    String type = c.remoteType().toLowerCase(java.util.Locale.ROOT);
    if (type.contains("tz") || type.contains("time zone")) {
      OffsetDateTime o = rs.getObject(i, OffsetDateTime.class);
      return o == null ? null : o.toInstant().toEpochMilli();
    }
    LocalDateTime t;
    try {
      t = rs.getObject(i, LocalDateTime.class);
    } catch (SQLException e) {
      java.sql.Timestamp ts = rs.getTimestamp(i); // drivers without java.time (SQLite)
      t = ts == null ? null : ts.toLocalDateTime();
    }
    return t == null ? null : t.toInstant(ZoneOffset.UTC).toEpochMilli();
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
