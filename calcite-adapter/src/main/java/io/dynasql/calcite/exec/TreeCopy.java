package io.dynasql.calcite.exec;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A deep copy of a parse tree: every call, list and identifier is new (literals and other leaves
 * are immutable and shared). Calcite's validator rewrites the tree it validates (expanding
 * {@code *}, qualifying names), so a tree that is prepared more than once, or read after it was
 * prepared, is prepared as a copy; copying is microseconds, parsing the text again is not needed.
 */
public final class TreeCopy extends SqlShuttle {
  private static final TreeCopy INSTANCE = new TreeCopy();

  private TreeCopy() {}

  /** A copy of {@code tree} that shares nothing the validator changes. */
  public static SqlNode of(SqlNode tree) {
    return tree.accept(INSTANCE);
  }

  @Override
  public SqlNode visit(SqlCall call) {
    CallCopyingArgHandler copy = new CallCopyingArgHandler(call, true);
    call.getOperator().acceptCall(this, call, false, copy);
    return copy.result();
  }

  @Override
  public SqlNode visit(SqlNodeList list) {
    List<SqlNode> copied = new ArrayList<>(list.size());
    for (SqlNode n : list) copied.add(n == null ? null : n.accept(this));
    return SqlNodeList.of(list.getParserPosition(), copied);
  }

  @Override
  public SqlNode visit(SqlIdentifier id) {
    return id.clone(id.getParserPosition());
  }
}
