package io.dynasql.calcite.dml;

import java.util.List;
import org.apache.calcite.sql.SqlNode;

/**
 * A parsed INSERT, UPSERT, UPDATE or DELETE. Table and column names are kept as written; they
 * are matched to the catalog when the statement runs (exactly first, then ignoring case). The
 * expressions are Calcite's parse trees, which {@link DmlExecutor} only reads, so one parsed
 * statement can run many times with different parameters.
 */
public sealed interface DmlStatement {

  /** The target table as written: the last component of its identifier. */
  String table();

  /**
   * The schema the target's name is qualified with, as written ({@code live} of {@code live.Orders}),
   * or null for an unqualified name (or one qualified with {@code dynasql}): a table of dynasql's own.
   */
  String schema();

  /** How many {@code ?} parameters the statement has. */
  int parameterCount();

  /**
   * {@code INSERT | UPSERT INTO table [(columns)] VALUES (...), ... | SELECT ...}.
   *
   * @param table target table
   * @param columns target columns as written; empty when the statement names none (then every
   *     column but the whole-item column, in table order)
   * @param source the VALUES or query computing the rows
   * @param upsert UPSERT: replace an existing item instead of failing on its key
   * @param parameterCount number of {@code ?}
   * @param schema the source schema qualifying the table, or null
   */
  record Insert(String table, List<String> columns, SqlNode source, boolean upsert, int parameterCount, String schema)
      implements DmlStatement {
    public Insert {
      columns = List.copyOf(columns);
    }
  }

  /**
   * {@code UPDATE table [[AS] alias] SET column = expression, ... [WHERE condition]}.
   *
   * @param table target table
   * @param alias the alias, or null
   * @param columns the assigned columns as written
   * @param values the expression assigned to each column, in the same order
   * @param where the condition, or null for every row
   * @param parameterCount number of {@code ?}
   * @param schema the source schema qualifying the table, or null
   */
  record Update(String table, String alias, List<String> columns, List<SqlNode> values, SqlNode where,
      int parameterCount, String schema) implements DmlStatement {
    public Update {
      columns = List.copyOf(columns);
      values = List.copyOf(values);
    }
  }

  /**
   * {@code DELETE FROM table [[AS] alias] [WHERE condition]}.
   *
   * @param table target table
   * @param alias the alias, or null
   * @param where the condition, or null for every row
   * @param parameterCount number of {@code ?}
   * @param schema the source schema qualifying the table, or null
   */
  record Delete(String table, String alias, SqlNode where, int parameterCount, String schema) implements DmlStatement {}
}
