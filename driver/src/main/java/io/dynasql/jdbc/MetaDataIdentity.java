package io.dynasql.jdbc;

import io.dynasql.calcite.Version;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import org.apache.calcite.sql.SqlJdbcFunctionCall;

/**
 * The first part of {@link JdbcDatabaseMetaData}: what dynasql is (names and versions from the
 * build), how it spells names (case kept, double quotes, {@code \} escapes patterns), its SQL
 * words and functions (the planner's), and its limits (none it states: 0, as JDBC allows).
 */
abstract class MetaDataIdentity implements DatabaseMetaData {
  /** The connection these answers describe; its public API runs the catalog queries. */
  protected final Connection connection;
  private final String url;

  MetaDataIdentity(Connection connection, String url) {
    this.connection = connection;
    this.url = url;
  }

  @Override public String getURL() { return url; }
  @Override public String getUserName() { return System.getProperty("user.name"); }
  @Override public boolean isReadOnly() throws SQLException { return connection.isReadOnly(); }

  @Override public String getDatabaseProductName() { return "dynasql"; }
  @Override public String getDatabaseProductVersion() { return Version.CURRENT.text(); }
  @Override public int getDatabaseMajorVersion() { return Version.CURRENT.major(); }
  @Override public int getDatabaseMinorVersion() { return Version.CURRENT.minor(); }
  @Override public String getDriverName() { return "dynasql JDBC driver"; }
  @Override public String getDriverVersion() { return Version.CURRENT.text(); }
  @Override public int getDriverMajorVersion() { return Version.CURRENT.major(); }
  @Override public int getDriverMinorVersion() { return Version.CURRENT.minor(); }
  // The classes implement JDBC 4.3's interfaces (the compiler checks every method).
  @Override public int getJDBCMajorVersion() { return 4; }
  @Override public int getJDBCMinorVersion() { return 3; }
  @Override public int getSQLStateType() { return sqlStateSQL; }
  @Override public RowIdLifetime getRowIdLifetime() { return RowIdLifetime.ROWID_UNSUPPORTED; }

  @Override public String getIdentifierQuoteString() { return "\""; }
  @Override public String getSearchStringEscape() { return "\\"; }
  @Override public String getExtraNameCharacters() { return ""; }
  @Override public String getCatalogSeparator() { return "."; }
  @Override public String getCatalogTerm() { return "catalog"; }
  @Override public String getSchemaTerm() { return "schema"; }
  @Override public String getProcedureTerm() { return "procedure"; }
  @Override public boolean isCatalogAtStart() { return true; }
  // Names keep their case as written; an unquoted name matches a stored one ignoring case.
  @Override public boolean supportsMixedCaseIdentifiers() { return false; }
  @Override public boolean storesMixedCaseIdentifiers() { return true; }
  @Override public boolean storesUpperCaseIdentifiers() { return false; }
  @Override public boolean storesLowerCaseIdentifiers() { return false; }
  @Override public boolean supportsMixedCaseQuotedIdentifiers() { return true; }
  @Override public boolean storesMixedCaseQuotedIdentifiers() { return true; }
  @Override public boolean storesUpperCaseQuotedIdentifiers() { return false; }
  @Override public boolean storesLowerCaseQuotedIdentifiers() { return false; }

  @Override public String getSQLKeywords() { return io.dynasql.calcite.Parses.keywords().getJdbcKeywords(); }
  @Override public String getNumericFunctions() { return SqlJdbcFunctionCall.getNumericFunctions(); }
  @Override public String getStringFunctions() { return SqlJdbcFunctionCall.getStringFunctions(); }
  @Override public String getSystemFunctions() { return SqlJdbcFunctionCall.getSystemFunctions(); }
  @Override public String getTimeDateFunctions() { return SqlJdbcFunctionCall.getTimeDateFunctions(); }

  @Override public boolean nullsAreSortedHigh() { return false; }
  @Override public boolean nullsAreSortedLow() { return false; }
  @Override public boolean nullsAreSortedAtStart() { return false; }
  @Override public boolean nullsAreSortedAtEnd() { return true; }
  @Override public boolean nullPlusNonNullIsNull() { return true; }

  // No limit is stated (0 = unknown or none): DynamoDB's own limits (400 KB items, 255-character
  // names) are checked where they apply, with errors that name them.
  @Override public int getMaxBinaryLiteralLength() { return 0; }
  @Override public int getMaxCharLiteralLength() { return 0; }
  @Override public int getMaxColumnNameLength() { return 0; }
  @Override public int getMaxColumnsInGroupBy() { return 0; }
  @Override public int getMaxColumnsInIndex() { return 0; }
  @Override public int getMaxColumnsInOrderBy() { return 0; }
  @Override public int getMaxColumnsInSelect() { return 0; }
  @Override public int getMaxColumnsInTable() { return 0; }
  @Override public int getMaxConnections() { return 0; }
  @Override public int getMaxCursorNameLength() { return 0; }
  @Override public int getMaxIndexLength() { return 0; }
  @Override public int getMaxSchemaNameLength() { return 0; }
  @Override public int getMaxProcedureNameLength() { return 0; }
  @Override public int getMaxCatalogNameLength() { return 0; }
  @Override public int getMaxRowSize() { return 0; }
  @Override public boolean doesMaxRowSizeIncludeBlobs() { return false; }
  @Override public int getMaxStatementLength() { return 0; }
  @Override public int getMaxStatements() { return 0; }
  @Override public int getMaxTableNameLength() { return 0; }
  @Override public int getMaxTablesInSelect() { return 0; }
  @Override public int getMaxUserNameLength() { return 0; }
  @Override public long getMaxLogicalLobSize() { return 0; }
}
