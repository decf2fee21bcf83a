package io.dynasql.calcite;

/**
 * SQL's {@code version()}, as PostgreSQL, MySQL and H2 spell it: the product and its version
 * (https://www.postgresql.org/docs/current/functions-info.html).
 */
public final class VersionFunction {
  private VersionFunction() {}

  /** Called by Calcite's generated code for {@code version()}; Calcite needs it public. */
  public static String version() {
    return Version.CURRENT.describe();
  }

  /** The function as a schema holds it, under the names an unquoted call can spell (names are case-sensitive in Calcite). */
  static com.google.common.collect.Multimap<String, org.apache.calcite.schema.Function> functions() {
    org.apache.calcite.schema.Function f = org.apache.calcite.schema.impl.ScalarFunctionImpl.create(VersionFunction.class, "version");
    return com.google.common.collect.ImmutableMultimap.of("version", f, "VERSION", f, "Version", f);
  }
}
