package io.dynasql.jdbc;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Makes the {@link ShapeEntry} of a statement that ran the normal way, from its tokens and the
 * tree name resolution parsed. An entry is made only when the parser and {@link ShapeLexer} agree
 * on every literal: each string or number in the tree is one literal token at the same line and
 * column with the same value, and no literal token is anything else (a DATE's string, a negative
 * number, a string concatenated over lines). Otherwise there is none, and the shape keeps the
 * normal path.
 */
final class ShapeEntries {
  private ShapeEntries() {}

  /** The entry of a point GET, or null. */
  static ShapeEntry point(LexedShape shape, String resolvedSql, SqlNode tree, DirectPoint.Template template) {
    ResolvedText resolved = ResolvedText.of(shape, resolvedSql);
    if (resolved == null || !agree(shape, tree)) return null;
    int pk = slot(shape, template.pk().literal().getParserPosition());
    int sk = template.sk() == null ? -1 : slot(shape, template.sk().literal().getParserPosition());
    if (pk < 0 || (template.sk() != null && sk < 0)) return null;
    return new ShapeEntry.Point(template, pk, sk, resolved);
  }

  /** The entry of a query whose literals {@code lifted} lifted, or null. */
  static ShapeEntry lifted(LexedShape shape, String resolvedSql, SqlNode tree, LiteralLifter.Lifted lifted) {
    ResolvedText resolved = ResolvedText.of(shape, resolvedSql);
    if (resolved == null || !agree(shape, tree)) return null;
    int[] params = new int[lifted.positions().size()];
    Map<Integer, String> fixed = new HashMap<>();
    for (int i = 0; i < shape.literals().size(); i++) fixed.put(i, shape.text(shape.literals().get(i)));
    for (int i = 0; i < params.length; i++) {
      params[i] = slot(shape, lifted.positions().get(i));
      if (params[i] < 0 || fixed.remove(params[i]) == null) return null;
    }
    return new ShapeEntry.Lifted(lifted.sql(), lifted.tree(), params, Map.copyOf(fixed), resolved);
  }

  /** The literal slot written at {@code pos}, or -1. */
  static int slot(LexedShape shape, SqlParserPos pos) {
    List<ShapeToken> literals = shape.literals();
    for (int i = 0; i < literals.size(); i++) {
      ShapeToken t = literals.get(i);
      if (t.line() == pos.getLineNum() && t.column() == pos.getColumnNum()) return i;
    }
    return -1;
  }

  /** Whether the tree's literals and the literal tokens are the same ones, one for one. */
  static boolean agree(LexedShape shape, SqlNode tree) {
    boolean[] seen = new boolean[shape.literals().size()];
    boolean[] ok = {true};
    tree.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlLiteral literal) {
        int i = slot(shape, literal.getParserPosition());
        if (i < 0) return null; // TRUE, NULL, a DATE, a symbol: part of the shape as written
        ShapeToken t = shape.literals().get(i);
        if (seen[i] || !same(t, literal)) ok[0] = false;
        seen[i] = true;
        return null;
      }
    });
    for (boolean s : seen) if (!s) return false;
    return ok[0];
  }

  private static boolean same(ShapeToken t, SqlLiteral literal) {
    if (literal instanceof SqlCharStringLiteral s) {
      return t.kind() == ShapeToken.Kind.STRING && t.value().equals(s.getValueAs(String.class));
    }
    if (literal instanceof SqlNumericLiteral n) {
      boolean exact = t.kind() == ShapeToken.Kind.INTEGER || t.kind() == ShapeToken.Kind.DECIMAL;
      return exact == n.isExact() && t.kind() != ShapeToken.Kind.STRING && ((BigDecimal) t.value()).equals(n.getValueAs(BigDecimal.class));
    }
    return false;
  }
}
