package io.dynasql.tck.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table cells as scripts write them, and how an engine's value matches one. {@code NULL} is SQL
 * NULL; {@code 'text'} is a string kept exactly (spaces, pipes, {@code ''} for a quote, or the
 * word NULL); anything else is trimmed. Numbers match by value whatever their type (INTEGER 3,
 * BIGINT 3 and DECIMAL 3.0000000000 all match {@code 3}), a DOUBLE within a relative 1e-9;
 * booleans match {@code TRUE} / {@code FALSE} in any case.
 */
final class Cells {
  private Cells() {}

  /** The cells of {@code | a | 'b c' | NULL |}. */
  static List<String> split(String line) {
    String l = line.strip();
    if (!l.startsWith("|") || !l.endsWith("|") || l.length() < 2) {
      throw new IllegalArgumentException("a table row starts and ends with '|': " + line);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < l.length(); i++) {
      char ch = l.charAt(i);
      if (ch == '\'') quoted = !quoted;
      if (ch == '|' && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) throw new IllegalArgumentException("an unclosed quote in table row: " + line);
    return cells;
  }

  /** Whether the engine's {@code actual} value is the script's {@code expected} cell. */
  static boolean matches(String expected, Object actual) {
    if (expected.equals("NULL")) return actual == null;
    if (actual == null) return false;
    if (expected.length() >= 2 && expected.startsWith("'") && expected.endsWith("'")) {
      String text = expected.substring(1, expected.length() - 1).replace("''", "'");
      return actual instanceof String s && s.equals(text);
    }
    if (actual instanceof Boolean b) return expected.equalsIgnoreCase(b.toString());
    if (actual instanceof Double || actual instanceof Float) {
      double x = ((Number) actual).doubleValue();
      double y;
      try {
        y = Double.parseDouble(expected);
      } catch (NumberFormatException e) {
        return false;
      }
      return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
    if (actual instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).compareTo(new BigDecimal(expected)) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return show(actual).equals(expected);
  }

  /** How a value is written in a script, for failure messages and new expectations. */
  static String show(Object v) {
    if (v == null) return "NULL";
    if (v instanceof BigDecimal d) return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
    if (v instanceof byte[] bytes) return hex(bytes);
    if (v instanceof String s) {
      boolean plain = !s.isEmpty() && s.equals(s.strip()) && !s.contains("|") && !s.contains("'")
          && !s.equals("NULL") && !looksNumeric(s);
      return plain ? s : "'" + s.replace("'", "''") + "'";
    }
    return v.toString();
  }

  private static boolean looksNumeric(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder("X'");
    for (byte b : bytes) sb.append(String.format("%02X", b));
    return sb.append('\'').toString();
  }
}
