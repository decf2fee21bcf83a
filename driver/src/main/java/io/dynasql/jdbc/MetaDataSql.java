package io.dynasql.jdbc;

import java.util.StringJoiner;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The SQL behind DatabaseMetaData's catalog answers. Each reads {@code sys} or
 * {@code information_schema}, which read the catalog only: browsing metadata never reads items.
 * Patterns are JDBC's ({@code _} and {@code %} are wildcards unless escaped with {@code \}).
 */
final class MetaDataSql {
  private MetaDataSql() {}

  private static final String S = "'" + DynasqlDriver.SCHEMA + "'";
  // Each branch of a CASE is cast: CASE over literals of different lengths is CHAR, padded with blanks.
  private static final String NULL_TEXT = "CAST(NULL AS VARCHAR)";

  /** getTables: schema and table patterns, then whether TABLE and SYSTEM TABLE are wanted. */
  static final String TABLES = "SELECT * FROM (SELECT " + NULL_TEXT + " AS \"TABLE_CAT\", \"table_schema\" AS \"TABLE_SCHEM\","
      + " \"table_name\" AS \"TABLE_NAME\", CASE WHEN \"table_type\" = 'BASE TABLE' THEN CAST('TABLE' AS VARCHAR) ELSE CAST('SYSTEM TABLE' AS VARCHAR) END"
      + " AS \"TABLE_TYPE\", " + NULL_TEXT + " AS \"REMARKS\", " + NULL_TEXT + " AS \"TYPE_CAT\", " + NULL_TEXT + " AS \"TYPE_SCHEM\", "
      + NULL_TEXT + " AS \"TYPE_NAME\", " + NULL_TEXT + " AS \"SELF_REFERENCING_COL_NAME\", " + NULL_TEXT + " AS \"REF_GENERATION\""
      + " FROM information_schema.tables"
      // the sources' tables (sys.source_tables): catalog and schema as their names are written in a statement
      + " UNION ALL SELECT \"jdbc_catalog\", \"jdbc_schema\", \"table_name\", CAST('TABLE' AS VARCHAR), " + NULL_TEXT + ", "
      + NULL_TEXT + ", " + NULL_TEXT + ", " + NULL_TEXT + ", " + NULL_TEXT + ", " + NULL_TEXT + " FROM sys.source_tables)"
      + " WHERE \"TABLE_SCHEM\" LIKE ? ESCAPE '\\' AND \"TABLE_NAME\" LIKE ? ESCAPE '\\'"
      + " AND ((\"TABLE_TYPE\" = 'TABLE' AND ?) OR (\"TABLE_TYPE\" = 'SYSTEM TABLE' AND ?))"
      + " ORDER BY \"TABLE_TYPE\", \"TABLE_SCHEM\", \"TABLE_NAME\"";

  /** getSchemas: a schema pattern. */
  static final String SCHEMAS = "SELECT * FROM (SELECT \"schema_name\" AS \"TABLE_SCHEM\", " + NULL_TEXT + " AS \"TABLE_CATALOG\""
      + " FROM information_schema.schemata UNION SELECT \"jdbc_schema\", \"jdbc_catalog\" FROM sys.source_tables)"
      + " WHERE \"TABLE_SCHEM\" LIKE ? ESCAPE '\\' ORDER BY \"TABLE_SCHEM\"";

  /** getCatalogs: dynasql has none; one row of NULL, as Calcite's answer was (DBeaver shows no catalog level). */
  static final String CATALOGS = "SELECT " + NULL_TEXT + " AS \"TABLE_CAT\" FROM (VALUES (0)) AS t(x)";

  static final String TABLE_TYPES = "SELECT CAST(TRIM(t) AS VARCHAR) AS \"TABLE_TYPE\" FROM (VALUES ('SYSTEM TABLE'), ('TABLE')) AS v(t)";

  /**
   * getColumns: schema, table and column patterns. The database's tables come from
   * {@code sys.columns} (their JDBC types and sizes, and where each column came from as REMARKS),
   * the system tables from {@code information_schema.columns}.
   */
  static final String COLUMNS = "SELECT * FROM ("
      + "SELECT " + NULL_TEXT + " AS \"TABLE_CAT\", CAST(" + S + " AS VARCHAR) AS \"TABLE_SCHEM\", \"table_name\" AS \"TABLE_NAME\","
      + " \"column_name\" AS \"COLUMN_NAME\", \"data_type\" AS \"DATA_TYPE\", \"type_name\" AS \"TYPE_NAME\", \"column_size\" AS \"COLUMN_SIZE\","
      + " CAST(NULL AS INTEGER) AS \"BUFFER_LENGTH\", \"decimal_digits\" AS \"DECIMAL_DIGITS\", 10 AS \"NUM_PREC_RADIX\","
      + " CASE WHEN \"nullable\" THEN 1 ELSE 0 END AS \"NULLABLE\", \"source\" AS \"REMARKS\", " + NULL_TEXT + " AS \"COLUMN_DEF\","
      + " CAST(NULL AS INTEGER) AS \"SQL_DATA_TYPE\", CAST(NULL AS INTEGER) AS \"SQL_DATETIME_SUB\", \"column_size\" AS \"CHAR_OCTET_LENGTH\","
      + " \"ordinal_position\" AS \"ORDINAL_POSITION\", CASE WHEN \"nullable\" THEN CAST('YES' AS VARCHAR) ELSE CAST('NO' AS VARCHAR) END AS \"IS_NULLABLE\","
      + " " + NULL_TEXT + " AS \"SCOPE_CATALOG\", " + NULL_TEXT + " AS \"SCOPE_SCHEMA\", " + NULL_TEXT + " AS \"SCOPE_TABLE\","
      + " CAST(NULL AS SMALLINT) AS \"SOURCE_DATA_TYPE\", CAST('NO' AS VARCHAR) AS \"IS_AUTOINCREMENT\","
      + " CAST('NO' AS VARCHAR) AS \"IS_GENERATEDCOLUMN\" FROM sys.columns"
      + " UNION ALL SELECT " + NULL_TEXT + ", \"table_schema\", \"table_name\", \"column_name\", " + jdbcType("\"data_type\"") + ", \"data_type\","
      + " CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), 10, 1, " + NULL_TEXT + ", " + NULL_TEXT + ","
      + " CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), \"ordinal_position\", CAST('YES' AS VARCHAR),"
      + " " + NULL_TEXT + ", " + NULL_TEXT + ", " + NULL_TEXT + ", CAST(NULL AS SMALLINT), CAST('NO' AS VARCHAR), CAST('NO' AS VARCHAR)"
      + " FROM information_schema.columns WHERE \"table_schema\" <> " + S
      + " UNION ALL SELECT \"jdbc_catalog\", \"jdbc_schema\", \"table_name\", \"column_name\", \"data_type\", \"type_name\", \"column_size\","
      + " CAST(NULL AS INTEGER), \"decimal_digits\", 10, CASE WHEN \"nullable\" THEN 1 ELSE 0 END, \"remote_type\", " + NULL_TEXT + ","
      + " CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), \"column_size\", \"ordinal_position\","
      + " CASE WHEN \"nullable\" THEN CAST('YES' AS VARCHAR) ELSE CAST('NO' AS VARCHAR) END, " + NULL_TEXT + ", " + NULL_TEXT + ", "
      + NULL_TEXT + ", CAST(NULL AS SMALLINT), CAST('NO' AS VARCHAR), CAST('NO' AS VARCHAR) FROM sys.source_columns)"
      + " WHERE \"TABLE_SCHEM\" LIKE ? ESCAPE '\\' AND \"TABLE_NAME\" LIKE ? ESCAPE '\\' AND \"COLUMN_NAME\" LIKE ? ESCAPE '\\'"
      + " ORDER BY \"TABLE_SCHEM\", \"TABLE_NAME\", \"ORDINAL_POSITION\"";

  /** getPrimaryKeys: whether the schema is dynasql's (or not given), then the table as an escaped pattern. */
  static final String PRIMARY_KEYS = "SELECT " + NULL_TEXT + " AS \"TABLE_CAT\", CAST(" + S + " AS VARCHAR) AS \"TABLE_SCHEM\","
      + " \"table_name\" AS \"TABLE_NAME\", \"column_name\" AS \"COLUMN_NAME\", CAST(\"key_seq\" AS SMALLINT) AS \"KEY_SEQ\", \"pk_name\" AS \"PK_NAME\""
      + " FROM sys.primary_keys WHERE ? AND \"table_name\" LIKE ? ESCAPE '\\'"
      // a source's table: its schema as listed (or any), then the table
      + " UNION ALL SELECT \"jdbc_catalog\", \"jdbc_schema\", \"table_name\", \"column_name\", CAST(\"key_seq\" AS SMALLINT),"
      + " CAST(NULL AS VARCHAR) FROM sys.source_primary_keys WHERE \"jdbc_schema\" LIKE ? ESCAPE '\\' AND \"table_name\" LIKE ? ESCAPE '\\'"
      + " ORDER BY \"COLUMN_NAME\"";

  /**
   * getIndexInfo: whether the schema is dynasql's, the table, the same again, {@code unique};
   * then a source's table: its schema as listed (or any), the table, {@code unique}. The primary
   * key is a unique index; secondary indexes are not unique (DynamoDB does not enforce it); a
   * source's indexes are as the source's own getIndexInfo lists them.
   */
  static final String INDEX_INFO = "SELECT * FROM ("
      + "SELECT " + NULL_TEXT + " AS \"TABLE_CAT\", CAST(" + S + " AS VARCHAR) AS \"TABLE_SCHEM\", \"table_name\" AS \"TABLE_NAME\","
      + " FALSE AS \"NON_UNIQUE\", " + NULL_TEXT + " AS \"INDEX_QUALIFIER\", \"pk_name\" AS \"INDEX_NAME\", CAST(3 AS SMALLINT) AS \"TYPE\","
      + " CAST(\"key_seq\" AS SMALLINT) AS \"ORDINAL_POSITION\", \"column_name\" AS \"COLUMN_NAME\", CAST('A' AS VARCHAR) AS \"ASC_OR_DESC\","
      + " CAST(NULL AS BIGINT) AS \"CARDINALITY\", CAST(NULL AS BIGINT) AS \"PAGES\", " + NULL_TEXT + " AS \"FILTER_CONDITION\""
      + " FROM sys.primary_keys WHERE ? AND \"table_name\" LIKE ? ESCAPE '\\'"
      + " UNION ALL SELECT " + NULL_TEXT + ", CAST(" + S + " AS VARCHAR), \"table_name\", TRUE, " + NULL_TEXT + ", \"index_name\","
      + " CAST(3 AS SMALLINT), CAST(\"key_seq\" AS SMALLINT), \"column_name\", CAST('A' AS VARCHAR), \"item_count\", CAST(NULL AS BIGINT), " + NULL_TEXT
      + " FROM sys.indexes WHERE ? AND \"table_name\" LIKE ? ESCAPE '\\' AND NOT ?"
      // a source's table: TYPE 3 (tableIndexOther), the kind sys.source_indexes does not keep
      + " UNION ALL SELECT \"jdbc_catalog\", \"jdbc_schema\", \"table_name\", \"non_unique\", " + NULL_TEXT + ", \"index_name\","
      + " CAST(3 AS SMALLINT), CAST(\"ordinal_position\" AS SMALLINT), \"column_name\", \"asc_or_desc\", \"cardinality\", CAST(NULL AS BIGINT), "
      + NULL_TEXT + " FROM sys.source_indexes WHERE \"jdbc_schema\" LIKE ? ESCAPE '\\' AND \"table_name\" LIKE ? ESCAPE '\\'"
      + " AND (NOT ? OR NOT \"non_unique\")) "
      + "ORDER BY \"NON_UNIQUE\", \"INDEX_NAME\", \"ORDINAL_POSITION\"";

  /** {@code CASE} from a SQL type name to its JDBC type number, for the system tables' columns. */
  private static String jdbcType(String column) {
    StringJoiner cases = new StringJoiner(" ", "CASE " + column + " ", " ELSE " + java.sql.Types.OTHER + " END");
    for (SqlTypeName t : SqlTypeName.values()) {
      if (!t.isSpecial()) cases.add("WHEN '" + t.getName() + "' THEN " + t.getJdbcOrdinal());
    }
    return cases.toString();
  }

  /** An exact name as a LIKE pattern, escaping {@code \}, {@code _} and {@code %}; null means every name. */
  static String exact(String name) {
    if (name == null) return "%";
    return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
  }

  /** A JDBC pattern argument: null means every name. */
  static String pattern(String p) {
    return p == null ? "%" : p;
  }

  /** Whether a schema argument of getPrimaryKeys / getIndexInfo names dynasql's tables (null: any schema). */
  static boolean tableSchema(String schema) {
    return schema == null || schema.equals(DynasqlDriver.SCHEMA);
  }
}
