package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import static io.dynasql.jdbc.MetaDataSql.exact;
import static io.dynasql.jdbc.MetaDataSql.pattern;

import io.dynasql.calcite.Version;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * dynasql's DatabaseMetaData. Its catalog answers are SQL on the {@code sys} and
 * {@code information_schema} tables, run through the connection it belongs to with nothing but
 * JDBC's public API ({@link MetaDataStatements}), so browsing never reads items; answers dynasql
 * has nothing for are empty result sets with JDBC's documented columns. Identity and limits are
 * in {@link MetaDataIdentity}, capabilities in {@link MetaDataFeatures}.
 */
public final class JdbcDatabaseMetaData extends MetaDataFeatures {
  private static final String[] EVERY_TABLE_TYPE = {"TABLE", "SYSTEM TABLE"};

  private final MetaDataStatements statements;

  /**
   * @param connection the connection these answers describe, and run their queries on
   * @param url the URL it was opened with, as the caller wrote it
   */
  public JdbcDatabaseMetaData(Connection connection, String url) {
    super(connection, url);
    this.statements = new MetaDataStatements(connection);
  }

  @Override public Connection getConnection() { return connection; }

  @Override
  public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types) throws SQLException {
    List<String> wanted = Arrays.asList(types == null ? EVERY_TABLE_TYPE : types);
    return statements.query(MetaDataSql.TABLES, pattern(schemaPattern), pattern(tableNamePattern),
        wanted.contains("TABLE"), wanted.contains("SYSTEM TABLE"));
  }

  @Override
  public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
      throws SQLException {
    return statements.query(MetaDataSql.COLUMNS, pattern(schemaPattern), pattern(tableNamePattern), pattern(columnNamePattern));
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
    return statements.query(MetaDataSql.PRIMARY_KEYS, MetaDataSql.tableSchema(schema), exact(table), exact(schema), exact(table));
  }

  @Override
  public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    boolean ours = MetaDataSql.tableSchema(schema);
    return statements.query(MetaDataSql.INDEX_INFO, ours, exact(table), ours, exact(table), unique, exact(schema), exact(table), unique);
  }

  @Override public ResultSet getSchemas() throws SQLException { return getSchemas(null, null); }

  @Override
  public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
    return statements.query(MetaDataSql.SCHEMAS, pattern(schemaPattern));
  }

  @Override public ResultSet getCatalogs() throws SQLException { return statements.query(MetaDataSql.CATALOGS); }
  @Override public ResultSet getTableTypes() throws SQLException { return statements.query(MetaDataSql.TABLE_TYPES); }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    return statements.query(MetaDataRows.select(MetaDataShapes.TYPE_INFO, TypeInfoRows.rows()));
  }

  /** {@code version()} is the one function dynasql adds to SQL's own (which getXxxFunctions name). */
  @Override
  public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) throws SQLException {
    Object[] version = {null, DynasqlDriver.SCHEMA, "version", "the product and its version, e.g. '"
        + Version.CURRENT.describe() + "'", (short) functionNoTable, "version"};
    return filtered(MetaDataRows.select(MetaDataShapes.FUNCTIONS, List.<Object[]>of(version)),
        "FUNCTION_SCHEM", schemaPattern, "FUNCTION_NAME", functionNamePattern);
  }

  @Override
  public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern, String columnNamePattern)
      throws SQLException {
    Object[] result = {null, DynasqlDriver.SCHEMA, "version", "", (short) functionReturn, java.sql.Types.VARCHAR, "VARCHAR",
        null, null, null, null, (short) functionNoNulls, null, null, 0, "NO", "version"};
    return filtered(MetaDataRows.select(MetaDataShapes.FUNCTION_COLUMNS, List.<Object[]>of(result)),
        "FUNCTION_SCHEM", schemaPattern, "FUNCTION_NAME", functionNamePattern, "COLUMN_NAME", columnNamePattern);
  }

  /** {@code select}'s rows whose named columns match the JDBC patterns given after each name. */
  private ResultSet filtered(String select, String... columnsAndPatterns) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT * FROM (").append(select).append(") WHERE TRUE");
    Object[] params = new Object[columnsAndPatterns.length / 2];
    for (int i = 0; i < params.length; i++) {
      sql.append(" AND \"").append(columnsAndPatterns[2 * i]).append("\" LIKE ? ESCAPE '\\'");
      params[i] = pattern(columnsAndPatterns[2 * i + 1]);
    }
    return statements.query(sql.toString(), params);
  }

  private ResultSet none(List<MetaDataRows.Column> shape) throws SQLException {
    return statements.query(MetaDataRows.select(shape, List.of()));
  }

  // DynamoDB has no foreign keys, privileges, procedures, user-defined types or pseudo columns.
  @Override public ResultSet getImportedKeys(String c, String s, String t) throws SQLException { return none(MetaDataShapes.KEYS); }
  @Override public ResultSet getExportedKeys(String c, String s, String t) throws SQLException { return none(MetaDataShapes.KEYS); }
  @Override
  public ResultSet getCrossReference(String pc, String ps, String pt, String fc, String fs, String ft) throws SQLException {
    return none(MetaDataShapes.KEYS);
  }
  @Override
  public ResultSet getBestRowIdentifier(String c, String s, String t, int scope, boolean nullable) throws SQLException {
    return none(MetaDataShapes.ROW_IDENTIFIER);
  }
  @Override public ResultSet getVersionColumns(String c, String s, String t) throws SQLException { return none(MetaDataShapes.ROW_IDENTIFIER); }
  @Override
  public ResultSet getColumnPrivileges(String c, String s, String t, String column) throws SQLException {
    return none(MetaDataShapes.COLUMN_PRIVILEGES);
  }
  @Override public ResultSet getTablePrivileges(String c, String s, String t) throws SQLException { return none(MetaDataShapes.TABLE_PRIVILEGES); }
  @Override
  public ResultSet getPseudoColumns(String c, String s, String t, String column) throws SQLException {
    return none(MetaDataShapes.PSEUDO_COLUMNS);
  }
  @Override public ResultSet getProcedures(String c, String s, String p) throws SQLException { return none(MetaDataShapes.PROCEDURES); }
  @Override
  public ResultSet getProcedureColumns(String c, String s, String p, String column) throws SQLException {
    return none(MetaDataShapes.PROCEDURE_COLUMNS);
  }
  @Override public ResultSet getUDTs(String c, String s, String t, int[] types) throws SQLException { return none(MetaDataShapes.UDTS); }
  @Override public ResultSet getSuperTypes(String c, String s, String t) throws SQLException { return none(MetaDataShapes.SUPER_TYPES); }
  @Override public ResultSet getSuperTables(String c, String s, String t) throws SQLException { return none(MetaDataShapes.SUPER_TABLES); }
  @Override
  public ResultSet getAttributes(String c, String s, String t, String attribute) throws SQLException {
    return none(MetaDataShapes.ATTRIBUTES);
  }
  @Override public ResultSet getClientInfoProperties() throws SQLException { return none(MetaDataShapes.CLIENT_INFO); }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) return iface.cast(this);
    throw new SQLException("dynasql's DatabaseMetaData is not a wrapper for " + iface.getName(), SqlState.GENERAL_ERROR.code());
  }

  @Override public boolean isWrapperFor(Class<?> iface) { return iface.isInstance(this); }
}
