package io.dynasql.jdbc;

import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * DatabaseMetaData: Calcite's, plus what Calcite does not know about dynasql tables (primary
 * keys as partition key 1 / sort key 2, secondary indexes with their key columns) and dynasql's
 * identity and identifier rules. Answers come from the {@code sys} tables, which read only the
 * catalog: browsing metadata never reads items.
 */
final class MetaDataHandler extends Delegating {
  private static final String PRIMARY_KEYS = "SELECT CAST(NULL AS VARCHAR) AS \"TABLE_CAT\", CAST('dynasql' AS VARCHAR) AS \"TABLE_SCHEM\","
      + " table_name AS \"TABLE_NAME\", column_name AS \"COLUMN_NAME\", CAST(key_seq AS SMALLINT) AS \"KEY_SEQ\", pk_name AS \"PK_NAME\""
      + " FROM sys.primary_keys WHERE table_name LIKE ? ESCAPE '\\' ORDER BY column_name";
  private static final String INDEX_INFO = "SELECT * FROM ("
      + "SELECT CAST(NULL AS VARCHAR) AS \"TABLE_CAT\", CAST('dynasql' AS VARCHAR) AS \"TABLE_SCHEM\", table_name AS \"TABLE_NAME\","
      + " FALSE AS \"NON_UNIQUE\", CAST(NULL AS VARCHAR) AS \"INDEX_QUALIFIER\", pk_name AS \"INDEX_NAME\", CAST(3 AS SMALLINT) AS \"TYPE\","
      + " CAST(key_seq AS SMALLINT) AS \"ORDINAL_POSITION\", column_name AS \"COLUMN_NAME\", CAST('A' AS VARCHAR) AS \"ASC_OR_DESC\","
      + " CAST(NULL AS BIGINT) AS \"CARDINALITY\", CAST(NULL AS BIGINT) AS \"PAGES\", CAST(NULL AS VARCHAR) AS \"FILTER_CONDITION\""
      + " FROM sys.primary_keys WHERE table_name LIKE ? ESCAPE '\\'"
      + " UNION ALL SELECT CAST(NULL AS VARCHAR), CAST('dynasql' AS VARCHAR), table_name, TRUE, CAST(NULL AS VARCHAR), index_name,"
      + " CAST(3 AS SMALLINT), CAST(key_seq AS SMALLINT), column_name, CAST('A' AS VARCHAR), item_count, CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR)"
      + " FROM sys.indexes WHERE table_name LIKE ? ESCAPE '\\' AND NOT ?) "
      + "ORDER BY \"NON_UNIQUE\", \"INDEX_NAME\", \"ORDINAL_POSITION\"";

  private static final String COLUMNS = "SELECT CAST(NULL AS VARCHAR) AS \"TABLE_CAT\", CAST('dynasql' AS VARCHAR) AS \"TABLE_SCHEM\","
      + " table_name AS \"TABLE_NAME\", column_name AS \"COLUMN_NAME\", data_type AS \"DATA_TYPE\", type_name AS \"TYPE_NAME\","
      + " column_size AS \"COLUMN_SIZE\", CAST(NULL AS INTEGER) AS \"BUFFER_LENGTH\", decimal_digits AS \"DECIMAL_DIGITS\","
      + " 10 AS \"NUM_PREC_RADIX\", CASE WHEN nullable THEN 1 ELSE 0 END AS \"NULLABLE\", source AS \"REMARKS\","
      + " CAST(NULL AS VARCHAR) AS \"COLUMN_DEF\", CAST(NULL AS INTEGER) AS \"SQL_DATA_TYPE\", CAST(NULL AS INTEGER) AS \"SQL_DATETIME_SUB\","
      + " column_size AS \"CHAR_OCTET_LENGTH\", ordinal_position AS \"ORDINAL_POSITION\", CASE WHEN nullable THEN 'YES' ELSE 'NO' END AS \"IS_NULLABLE\","
      + " CAST(NULL AS VARCHAR) AS \"SCOPE_CATALOG\", CAST(NULL AS VARCHAR) AS \"SCOPE_SCHEMA\", CAST(NULL AS VARCHAR) AS \"SCOPE_TABLE\","
      + " CAST(NULL AS SMALLINT) AS \"SOURCE_DATA_TYPE\", 'NO' AS \"IS_AUTOINCREMENT\", 'NO' AS \"IS_GENERATEDCOLUMN\""
      + " FROM sys.columns WHERE table_name LIKE ? ESCAPE '\\' AND column_name LIKE ? ESCAPE '\\' ORDER BY table_name, ordinal_position";

  /**
   * getTables: dynasql's tables (from the catalog, through sys.tables) and the system tables, with
   * JDBC's pattern rules ({@code _} and {@code %} are wildcards unless escaped), which Calcite's
   * own answer does not follow ({@code _} matched only itself).
   */
  private static final String TABLES = "SELECT * FROM ("
      + "SELECT CAST(NULL AS VARCHAR) AS \"TABLE_CAT\", CAST('" + DynasqlDriver.SCHEMA + "' AS VARCHAR) AS \"TABLE_SCHEM\","
      + " table_name AS \"TABLE_NAME\", CAST('TABLE' AS VARCHAR) AS \"TABLE_TYPE\", CAST(NULL AS VARCHAR) AS \"REMARKS\","
      + " CAST(NULL AS VARCHAR) AS \"TYPE_CAT\", CAST(NULL AS VARCHAR) AS \"TYPE_SCHEM\", CAST(NULL AS VARCHAR) AS \"TYPE_NAME\","
      + " CAST(NULL AS VARCHAR) AS \"SELF_REFERENCING_COL_NAME\", CAST(NULL AS VARCHAR) AS \"REF_GENERATION\" FROM sys.tables"
      + " UNION ALL SELECT CAST(NULL AS VARCHAR), CAST(TRIM(s) AS VARCHAR), CAST(TRIM(t) AS VARCHAR), CAST('SYSTEM TABLE' AS VARCHAR),"
      + " CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR),"
      + " CAST(NULL AS VARCHAR) FROM (VALUES " + io.dynasql.calcite.sys.SysSchema.TABLES.stream().map(t -> "('sys', '" + t + "')")
          .collect(java.util.stream.Collectors.joining(", ")) + ", ('metadata', 'COLUMNS'), ('metadata', 'TABLES')) AS v(s, t))"
      + " WHERE \"TABLE_SCHEM\" LIKE ? ESCAPE '\\' AND \"TABLE_NAME\" LIKE ? ESCAPE '\\'"
      + " AND ((\"TABLE_TYPE\" = 'TABLE' AND ?) OR (\"TABLE_TYPE\" = 'SYSTEM TABLE' AND ?))"
      + " ORDER BY \"TABLE_TYPE\", \"TABLE_SCHEM\", \"TABLE_NAME\"";

  private final ConnectionHandler connection;

  private MetaDataHandler(DatabaseMetaData target, ConnectionHandler connection) {
    super(target);
    this.connection = connection;
  }

  static DatabaseMetaData wrap(DatabaseMetaData target, ConnectionHandler connection) {
    return proxy(DatabaseMetaData.class, new MetaDataHandler(target, connection));
  }

  @Override
  protected Object lock() {
    return connection.lock;
  }

  @Override
  protected Object invokeLocked(Object proxy, Method m, Object[] args) throws Throwable {
    if (isObjectMethod(m)) return objectMethod(proxy, m, args);
    switch (m.getName()) {
      case "getConnection": return connection.proxy();
      case "getTables": {
        String[] types = (String[]) args[3];
        java.util.List<String> wanted = types == null ? java.util.List.of("TABLE", "SYSTEM TABLE") : java.util.Arrays.asList(types);
        return query(TABLES, args[1] == null ? "%" : args[1], args[2] == null ? "%" : args[2],
            wanted.contains("TABLE"), wanted.contains("SYSTEM TABLE"));
      }
      case "getColumns":
        if (isSysOnly((String) args[1])) return guarded(() -> forward(m, args));
        return query(COLUMNS, args[2] == null ? "%" : args[2], args[3] == null ? "%" : args[3]);
      case "getTableTypes": return query("SELECT CAST(TRIM(t) AS VARCHAR) AS \"TABLE_TYPE\" FROM (VALUES ('SYSTEM TABLE'), ('TABLE')) AS v(t)");
      case "getUserName": return System.getProperty("user.name");
      case "getPrimaryKeys": return query(PRIMARY_KEYS, pattern((String) args[2]));
      case "getIndexInfo": return query(INDEX_INFO, pattern((String) args[2]), pattern((String) args[2]), (Boolean) args[3]);
      case "getDatabaseProductName": return "dynasql";
      case "getDatabaseProductVersion": return "0.1";
      case "getDriverName": return "dynasql JDBC driver";
      case "getDriverVersion": return "0.1";
      case "getDriverMajorVersion": case "getDatabaseMajorVersion": return 0; // not Calcite's 1.x: the same as getDriverVersion
      case "getDriverMinorVersion": case "getDatabaseMinorVersion": return 1;
      // Avatica throws "todo" for these; SchemaCrawler and DBeaver ask. Result sets are read-only,
      // and whether a change made while one is read shows up in it is not promised.
      case "deletesAreDetected": case "insertsAreDetected": case "updatesAreDetected":
      case "ownDeletesAreVisible": case "ownInsertsAreVisible": case "ownUpdatesAreVisible":
      case "othersDeletesAreVisible": case "othersInsertsAreVisible": case "othersUpdatesAreVisible":
        return Boolean.FALSE;
      case "supportsResultSetHoldability": return (Integer) args[0] == ((DatabaseMetaData) target).getResultSetHoldability();
      case "getDefaultTransactionIsolation": return java.sql.Connection.TRANSACTION_READ_COMMITTED; // what the connection reports
      case "supportsTransactionIsolationLevel": return (Integer) args[0] == java.sql.Connection.TRANSACTION_READ_COMMITTED;
      case "supportsTransactions": return Boolean.TRUE; // setAutoCommit(false) ... commit (docs/sql.md); DBeaver offers manual commit on it
      case "getURL": return connection.url();
      case "getIdentifierQuoteString": return "\"";
      case "getSearchStringEscape": return "\\";
      case "supportsMixedCaseIdentifiers": return Boolean.FALSE;
      case "storesMixedCaseIdentifiers": return Boolean.TRUE;
      case "storesUpperCaseIdentifiers": case "storesLowerCaseIdentifiers": return Boolean.FALSE;
      case "supportsMixedCaseQuotedIdentifiers": case "storesMixedCaseQuotedIdentifiers": return Boolean.TRUE;
      case "isReadOnly": return connection.proxy().isReadOnly();
      default: {
        Object kinds = ResultSetKinds.metaData(m.getName(), args);
        return kinds != null ? kinds : guarded(() -> forward(m, args));
      }
    }
  }

  /** Whether a schema pattern can only mean the {@code sys} schema (Calcite describes that one). */
  private static boolean isSysOnly(String schemaPattern) {
    return schemaPattern != null && schemaPattern.equalsIgnoreCase("sys");
  }

  /** An exact table name as a LIKE pattern, escaping _ and %; null means every table. */
  private static String pattern(String table) {
    if (table == null) return "%";
    return table.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
  }

  /**
   * Runs a metadata query on a cached plan (planning one costs tens of milliseconds and tools call
   * these in loops); the plan returns to the pool when the caller closes the result set.
   */
  private ResultSet query(String sql, Object... params) throws SQLException {
    String key = "metadata:" + sql;
    PlanPool.Plan plan = connection.plans().checkout(key);
    if (plan == null) plan = new PlanPool.Plan(key, connection.calcite().prepareStatement(sql), false);
    PreparedStatement ps = plan.statement();
    for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    ResultSet rs = ps.executeQuery();
    PlanPool.Plan lent = plan;
    return proxy(ResultSet.class, new Delegating(rs) {
      private boolean returned;

      @Override
      protected Object lock() {
        return connection.lock;
      }

      @Override
      protected Object invokeLocked(Object p, java.lang.reflect.Method m, Object[] a) throws Throwable {
        if (isObjectMethod(m)) return objectMethod(p, m, a);
        if (m.getName().equals("close")) {
          try {
            return forward(m, a);
          } finally {
            if (!returned) connection.plans().checkin(lent);
            returned = true;
          }
        }
        return guarded(() -> forward(m, a));
      }
    });
  }
}
