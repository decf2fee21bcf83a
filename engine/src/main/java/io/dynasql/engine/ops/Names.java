package io.dynasql.engine.ops;

import io.dynasql.engine.error.ValidationException;

/** DynamoDB's naming rules for tables and indexes. */
public final class Names {

  private Names() {}

  /** Checks a table name (3-255 characters of a-z A-Z 0-9 _ - .). */
  public static void checkTable(String name) {
    check(name, "tableName", 3, 255);
  }

  /** Checks an index name (3-255 characters of a-z A-Z 0-9 _ - .). */
  static void checkIndex(String name) {
    check(name, "indexName", 3, 255);
  }

  /** [a-zA-Z0-9_.-]+ without a regex: this runs on every request. */
  private static boolean valid(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == '-';
      if (!ok) return false;
    }
    return true;
  }

  private static void check(String name, String field, int min, int max) {
    if (name == null) {
      throw new ValidationException("1 validation error detected: Value null at '" + field
          + "' failed to satisfy constraint: Member must not be null");
    }
    if (name.length() < min || name.length() > max) {
      throw new ValidationException("1 validation error detected: Value '" + name + "' at '" + field
          + "' failed to satisfy constraint: Member must have length between " + min + " and " + max);
    }
    if (!valid(name)) {
      throw new ValidationException("1 validation error detected: Value '" + name + "' at '" + field
          + "' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }
  }
}
