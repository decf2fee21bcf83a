package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Random WHERE conditions and select lists over one aliased Chinook table, with literals drawn from
 * the table's own values so that most conditions keep some rows. Text is only compared for
 * equality, IN and LIKE prefixes, never by range: PostgreSQL orders text by its collation's locale,
 * dynasql by code point (docs/federation.md, "What is sent to the source"), a documented difference
 * rather than a bug.
 */
final class ChinookPredicates {
  private final Random random;

  ChinookPredicates(Random random) {
    this.random = random;
  }

  /** One condition on a column of {@code t} as {@code alias}. */
  String condition(ChinookTables.Table t, String alias) {
    ChinookTables.Column c = t.columns().get(random.nextInt(t.columns().size()));
    String col = alias + "." + id(c.name());
    List<Object> values = t.values(c.name()).stream().filter(Objects::nonNull).toList();
    if (c.nullable() && random.nextInt(8) == 0) return col + (random.nextBoolean() ? " IS NULL" : " IS NOT NULL");
    switch (c.jdbcType()) {
      case Types.VARCHAR: {
        String v = (String) pick(values);
        switch (random.nextInt(3)) {
          case 0: return col + " IN (" + text(v) + ", " + text((String) pick(values)) + ")";
          case 1:
            char first = v.charAt(0);
            if (first != '%' && first != '_') return col + " LIKE " + text(first + "%");
            return col + " = " + text(v);
          default: return col + " = " + text(v);
        }
      }
      case Types.DATE:
        return compare(col, values, v -> "DATE '" + v + "'");
      default:
        return compare(col, values, ChinookPredicates::number);
    }
  }

  /** One or two conditions, joined by AND or OR. */
  String where(ChinookTables.Table t, String alias) {
    String first = condition(t, alias);
    if (random.nextInt(3) != 0) return first;
    return "(" + first + (random.nextInt(3) == 0 ? " OR " : " AND ") + condition(t, alias) + ")";
  }

  /** One to three distinct columns of {@code t} as {@code alias}. */
  List<String> columns(ChinookTables.Table t, String alias) {
    List<ChinookTables.Column> all = new ArrayList<>(t.columns());
    java.util.Collections.shuffle(all, random);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(Math.min(3, all.size())); i++) out.add(alias + "." + id(all.get(i).name()));
    return out;
  }

  /**
   * {@code name} as Chinook spells it, in lower case or in upper case, unquoted: PostgreSQL folds
   * it to lower case, dynasql and its sources match it ignoring case.
   */
  String id(String name) {
    switch (random.nextInt(3)) {
      case 0: return name.toLowerCase(java.util.Locale.ROOT);
      case 1: return name.toUpperCase(java.util.Locale.ROOT);
      default: return name;
    }
  }

  @SuppressWarnings("unchecked") // Chinook's values are Integer, BigDecimal or LocalDate: each Comparable to its own kind
  private String compare(String col, List<Object> values, java.util.function.Function<Object, String> literal) {
    Object v = pick(values);
    switch (random.nextInt(7)) {
      case 0: return col + " = " + literal.apply(v);
      case 1: return col + " < " + literal.apply(v);
      case 2: return col + " >= " + literal.apply(v);
      case 3: return col + " <> " + literal.apply(v);
      case 4: return col + " IN (" + literal.apply(v) + ", " + literal.apply(pick(values)) + ", " + literal.apply(pick(values)) + ")";
      default: {
        Object w = pick(values);
        boolean ascending = ((Comparable<Object>) v).compareTo(w) <= 0;
        return col + " BETWEEN " + literal.apply(ascending ? v : w) + " AND " + literal.apply(ascending ? w : v);
      }
    }
  }

  Object pick(List<Object> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String number(Object v) {
    return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
  }

  private static String text(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  /** A column holding numbers. */
  static boolean isNumber(ChinookTables.Column c) {
    return c.jdbcType() == Types.INTEGER || c.jdbcType() == Types.DECIMAL || c.jdbcType() == Types.NUMERIC;
  }

  /** A column that orders rows without ties among NULLs: a number or date that is never NULL. */
  static boolean isOrderable(ChinookTables.Column c) {
    return !c.nullable() && (isNumber(c) || c.jdbcType() == Types.DATE);
  }
}
