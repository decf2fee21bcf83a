package io.dynasql.calcite;

/**
 * SQL's {@code version()}, as PostgreSQL, MySQL and H2 spell it: the product and its version
 * (https://www.postgresql.org/docs/current/functions-info.html).
 */
public final class VersionFunction {
  private VersionFunction() {}

  /**
   * Called by Calcite's generated code for {@code version()}; Calcite needs it public. The optional
   * parameter is never given: Calcite registers a schema function without parameters as niladic
   * (called without parentheses, CALCITE-6645) under the parser's DEFAULT conformance, and
   * {@code version()} is how people write it.
   */
  public static String version(@org.apache.calcite.linq4j.function.Parameter(name = "unused", optional = true) String unused) {
    if (unused != null) throw new IllegalArgumentException("version() takes no arguments; it was given '" + unused + "'");
    return Version.CURRENT.describe();
  }

  /** The function as a schema holds it, under the names an unquoted call can spell (names are case-sensitive in Calcite). */
  static com.google.common.collect.Multimap<String, org.apache.calcite.schema.Function> functions() {
    org.apache.calcite.schema.Function f = org.apache.calcite.schema.impl.ScalarFunctionImpl.create(VersionFunction.class, "version");
    return com.google.common.collect.ImmutableMultimap.of("version", f, "VERSION", f, "Version", f);
  }
}
