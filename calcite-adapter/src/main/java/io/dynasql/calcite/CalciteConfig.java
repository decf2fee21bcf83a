package io.dynasql.calcite;

import java.util.Properties;

/**
 * The Calcite connection settings dynasql's SQL relies on: names keep their case and match
 * exactly (unquoted names are matched ignoring case before Calcite sees them, by
 * {@link io.dynasql.calcite.names.NameResolution}), double quotes quote, DECIMAL up to 38
 * digits, UTC.
 * One definition, for the driver and for tests that open Calcite directly.
 */
public final class CalciteConfig {
  /**
   * The longest identifier SQL reads: DynamoDB's longest table, index or key attribute name
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
   * Calcite's own limit, 128, would leave a table that DynamoDB allows unreachable from SQL.
   */
  public static final int IDENTIFIER_MAX_LENGTH = 255;

  /**
   * Calcite's parser as the connection configures it: double quotes quote, names keep their case,
   * identifiers up to {@link #IDENTIFIER_MAX_LENGTH} characters, and the DEFAULT conformance,
   * under which it parses {@code UPSERT INTO}; its parses are counted ({@link Parses}). For every
   * parse of a statement (names, DML, queries dynasql writes itself).
   */
  public static final org.apache.calcite.sql.parser.SqlParser.Config PARSER =
      org.apache.calcite.sql.parser.SqlParser.config()
          .withIdentifierMaxLength(IDENTIFIER_MAX_LENGTH)
          .withQuoting(org.apache.calcite.avatica.util.Quoting.DOUBLE_QUOTE)
          .withUnquotedCasing(org.apache.calcite.avatica.util.Casing.UNCHANGED)
          .withQuotedCasing(org.apache.calcite.avatica.util.Casing.UNCHANGED)
          .withCaseSensitive(true)
          .withConformance(org.apache.calcite.sql.validate.SqlConformanceEnum.DEFAULT)
          .withParserFactory(Parses.FACTORY);

  private CalciteConfig() {}

  /** Properties for {@code jdbc:calcite:}. */
  public static Properties connectionProperties() {
    Properties p = new Properties();
    p.setProperty("caseSensitive", "true");
    p.setProperty("unquotedCasing", "UNCHANGED");
    p.setProperty("quotedCasing", "UNCHANGED");
    p.setProperty("quoting", "DOUBLE_QUOTE");
    p.setProperty("typeSystem", DynasqlTypeSystem.class.getName() + "#INSTANCE");
    p.setProperty("timeZone", "UTC");
    p.setProperty("fun", "standard,postgresql");
    return p;
  }
}
