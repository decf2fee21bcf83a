package io.dynasql.calcite.dml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Recognises DML in the parse tree of a statement, parsed once by name resolution with Calcite's
 * own parser, configured as the driver's connection is: double quotes quote, names keep their
 * case, identifiers match ignoring case, and the default conformance, under which Calcite parses
 * {@code UPSERT INTO} (as an INSERT with the UPSERT keyword). The first word tells, without
 * parsing, whether a statement is DML (INSERT, UPSERT, UPDATE and DELETE), so that a parse error
 * after it is reported as the statement's; anything else is {@link Optional#empty()}.
 */
public final class DmlParser {
  private static final Set<String> FIRST_WORDS = Set.of("INSERT", "UPSERT", "UPDATE", "DELETE");

  private DmlParser() {}

  /** Whether {@code sql} is DML by its first word (INSERT, UPSERT, UPDATE, DELETE), without parsing it. */
  public static boolean isDml(String sql) {
    return FIRST_WORDS.contains(StatementStart.firstWord(Objects.requireNonNull(sql, "sql")));
  }

  /**
   * The statement {@code node} is (a tree the caller parsed already, with the same parser
   * configuration), or empty when it is not DML.
   */
  public static Optional<DmlStatement> of(SqlNode node) {
    int params = parameterCount(node);
    if (node instanceof SqlInsert i) {
      List<String> columns = new ArrayList<>();
      if (i.getTargetColumnList() != null) {
        for (SqlNode c : i.getTargetColumnList()) columns.add(lastName(c, "a target column"));
      }
      return Optional.of(new DmlStatement.Insert(target(i.getTargetTable(), "the INSERT target"), columns,
          i.getSource(), i.isUpsert(), params, schema(i.getTargetTable())));
    } else if (node instanceof SqlUpdate u) {
      List<String> columns = new ArrayList<>();
      for (SqlNode c : u.getTargetColumnList()) columns.add(lastName(c, "an UPDATE target column"));
      return Optional.of(new DmlStatement.Update(target(u.getTargetTable(), "the UPDATE target"),
          alias(u.getAlias()), columns, u.getSourceExpressionList().getList(), u.getCondition(), params,
          schema(u.getTargetTable())));
    } else if (node instanceof SqlDelete d) {
      return Optional.of(new DmlStatement.Delete(target(d.getTargetTable(), "the DELETE target"),
          alias(d.getAlias()), d.getCondition(), params, schema(d.getTargetTable())));
    }
    return Optional.empty();
  }

  /** The table a statement writes: the last part of its name (the schema is {@link #schema}). */
  private static String target(SqlNode node, String what) {
    return lastName(node, what);
  }

  /**
   * The schema qualifying the target, or null for dynasql's own tables (unqualified, or {@code
   * dynasql.t}). Whether that schema's table takes writes is decided when the statement runs
   * ({@link TargetTable}): a DynamoDB source's does, any other is refused with 0A000.
   */
  private static String schema(SqlNode node) {
    List<String> names = ((SqlIdentifier) node).names;
    if (names.size() < 2 || names.get(names.size() - 2).equalsIgnoreCase("dynasql")) return null;
    return names.get(names.size() - 2);
  }

  private static String lastName(SqlNode node, String what) {
    if (node instanceof SqlIdentifier id && !id.isStar()) return id.names.get(id.names.size() - 1);
    // Table hints and EXTEND column lists parse, but have no meaning for dynasql tables.
    throw new DmlException(DmlException.NOT_SUPPORTED, "Only a plain name is supported as " + what
        + " (no table hints, EXTEND or column types)");
  }

  private static String alias(SqlIdentifier alias) {
    return alias == null ? null : alias.getSimple();
  }

  /** Calcite numbers parameters 0, 1, ... in textual order. */
  private static int parameterCount(SqlNode node) {
    int[] max = {-1};
    node.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlDynamicParam param) {
        max[0] = Math.max(max[0], param.getIndex());
        return null;
      }
    });
    return max[0] + 1;
  }
}
