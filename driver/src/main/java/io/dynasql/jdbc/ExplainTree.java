package io.dynasql.jdbc;

import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlExplain;
import org.apache.calcite.sql.SqlExplainFormat;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * {@code EXPLAIN PLAN FOR <query>} built around a query's parse tree, as Calcite's parser builds
 * it from the text (attributes, physical plan, text format, the query's {@code ?} count): what
 * EXPLAIN ANALYZE shows without parsing its query a second time.
 */
final class ExplainTree {
  private ExplainTree() {}

  /** The EXPLAIN PLAN FOR of {@code query} (which the session copies before it validates). */
  static SqlExplain of(SqlNode query) {
    SqlParserPos pos = query.getParserPosition();
    return new SqlExplain(pos, query, SqlExplainLevel.EXPPLAN_ATTRIBUTES.symbol(SqlParserPos.ZERO),
        SqlExplain.Depth.PHYSICAL.symbol(SqlParserPos.ZERO), SqlExplainFormat.TEXT.symbol(SqlParserPos.ZERO),
        parameters(query));
  }

  /** How many {@code ?} parameters {@code query} has. */
  private static int parameters(SqlNode query) {
    int[] count = {0};
    query.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlDynamicParam param) {
        count[0]++;
        return null;
      }
    });
    return count[0];
  }
}
