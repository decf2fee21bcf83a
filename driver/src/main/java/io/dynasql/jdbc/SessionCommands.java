package io.dynasql.jdbc;

import io.dynasql.calcite.SqlState;
import io.dynasql.calcite.exec.SqlSession;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * The commands people type before anything else, which are not SQL: {@code SHOW TABLES},
 * {@code SHOW SCHEMAS} and {@code DESCRIBE t} (also {@code DESC t}, {@code DESCRIBE TABLE t}), as
 * MySQL, H2 and most shells take them. Each stands for a query on {@code information_schema} and
 * {@code sys} (so it reads only the catalog) and runs as that query, with its result set and label.
 */
final class SessionCommands {
  private SessionCommands() {}

  /** The query {@code sql} stands for, or null when it is not one of these commands. */
  static String query(String sql, SqlSession session) throws SQLException {
    String[] words = sql.trim().split("\\s+");
    String first = words[0].toUpperCase(Locale.ROOT);
    if (first.equals("SHOW") && words.length == 2) {
      switch (words[1].toUpperCase(Locale.ROOT)) {
        case "TABLES":
          return "SELECT \"table_name\" AS \"TABLE_NAME\" FROM \"information_schema\".\"tables\" WHERE \"table_schema\" = "
              + literal(session.defaultSchemaName()) + " ORDER BY \"table_name\"";
        case "SCHEMAS":
          return "SELECT \"schema_name\" AS \"SCHEMA_NAME\" FROM \"information_schema\".\"schemata\" ORDER BY \"schema_name\"";
        default:
          return null;
      }
    }
    if (!first.equals("DESCRIBE") && !first.equals("DESC")) return null;
    int at = words.length == 3 && words[1].equalsIgnoreCase("TABLE") ? 2 : 1;
    if (words.length != at + 1) {
      throw new SQLSyntaxErrorException("Expected DESCRIBE <table> but found: " + sql, SqlState.SYNTAX_ERROR.code());
    }
    String table = table(words[at], session);
    return "SELECT c.\"column_name\" AS \"COLUMN_NAME\", c.\"data_type\" AS \"TYPE\", c.\"is_nullable\" AS \"NULLABLE\","
        + " CASE p.\"key_seq\" WHEN 1 THEN CAST('partition key' AS VARCHAR) WHEN 2 THEN CAST('sort key' AS VARCHAR) END AS \"KEY\""
        + " FROM \"information_schema\".\"columns\" c LEFT JOIN \"sys\".\"primary_keys\" p"
        + " ON p.\"table_name\" = c.\"table_name\" AND p.\"column_name\" = c.\"column_name\""
        + " WHERE c.\"table_schema\" = " + literal(session.defaultSchemaName()) + " AND c.\"table_name\" = " + literal(table)
        + " ORDER BY c.\"ordinal_position\"";
  }

  /** The stored name {@code written} names: quoted exactly, else exactly or the one match ignoring case. */
  private static String table(String written, SqlSession session) throws SQLException {
    SchemaPlus schema = session.defaultSchema();
    List<String> names = schema == null ? List.of() : new ArrayList<>(schema.tables().getNames(LikePattern.any()));
    boolean quoted = written.length() > 1 && written.startsWith("\"") && written.endsWith("\"");
    String name = quoted ? written.substring(1, written.length() - 1).replace("\"\"", "\"") : written;
    if (names.contains(name)) return name;
    List<String> loose = new ArrayList<>();
    if (!quoted) for (String n : names) if (n.equalsIgnoreCase(name)) loose.add(n);
    if (loose.size() == 1) return loose.get(0);
    if (loose.size() > 1) {
      throw new SQLSyntaxErrorException("The table name " + name + " is ambiguous: it matches " + String.join(", ", loose)
          + " ignoring case; write it exactly, in double quotes", SqlState.AMBIGUOUS_NAME.code());
    }
    throw new SQLSyntaxErrorException("Table " + name + " does not exist (SHOW TABLES lists them)",
        SqlState.TABLE_NOT_FOUND.code());
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
