package io.dynasql.jdbc;

import org.apache.calcite.avatica.SqlType;

/** The Java class JDBC pairs with a {@code java.sql.Types} code (the class getObject returns and setObject takes). */
final class JdbcClasses {
  private JdbcClasses() {}

  /** The class's name; Object for a code Avatica does not know. */
  static String of(int sqlType) {
    try {
      return SqlType.valueOf(sqlType).boxedClass().getName();
    } catch (IllegalArgumentException unknown) {
      return Object.class.getName();
    }
  }
}
