package io.dynasql.calcite;

import io.dynasql.calcite.exec.Columns;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.runtime.Typed;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Prepares a statement from its parse tree, the one name resolution made: Calcite's validator,
 * {@code SqlToRelConverter}, planner and code generation, each through public API
 * ({@link Prepare#prepareSql} on {@link CheckedPrepare}'s preparing statement), so the text is
 * never parsed again. The result describes its columns and parameters as Calcite's own
 * preparation of the text does ({@link Columns}), so a JDBC caller sees no difference.
 */
final class TreePreparation {
  private TreePreparation() {}

  /** {@code tree} (validated in place: the caller passes a tree it no longer needs) prepared on {@code context}. */
  static CalcitePrepare.CalciteSignature<Object> prepare(CheckedPrepare prepare, CalcitePrepare.Context context,
      SqlNode tree, String sql) {
    JavaTypeFactory types = context.getTypeFactory();
    CalciteCatalogReader reader = new CalciteCatalogReader(context.getRootSchema(), context.getDefaultSchemaPath(),
        types, context.config());
    CancelablePreparingStmt statement = prepare.preparingStatement(context, reader);
    SqlValidator validator = statement.validator();
    SqlKind kind = tree.getKind();
    Prepare.PreparedResult result = statement.prepareSql(tree, Object.class, validator, true);
    RelDataType row = kind == SqlKind.EXPLAIN || kind.belongsTo(SqlKind.DML)
        ? RelOptUtil.createDmlRowType(kind, types) : validator.getValidatedNodeType(tree);
    RelDataType jdbcRow = row.isStruct() ? row : types.builder().add("$0", row).build();
    List<ColumnMetaData> columns = Columns.of(types, row, jdbcRow, result.getFieldOrigins());
    Class<?> resultClass = result instanceof Typed typed && typed.getElementType() instanceof Class<?> c ? c : null;
    Meta.CursorFactory cursor = statement.interpreted() ? Meta.CursorFactory.ARRAY
        : Meta.CursorFactory.deduce(columns, resultClass);
    @SuppressWarnings("unchecked")
    Bindable<Object> code = result.getBindable(cursor);
    List<RelCollation> collations = statement.collations();
    return new CalcitePrepare.CalciteSignature<>(sql, parameters(result.getParameterRowType()), statement.internals(),
        jdbcRow, columns, cursor, context.getRootSchema(), collations, -1, code,
        kind.belongsTo(SqlKind.DML) ? Meta.StatementType.IS_DML : Meta.StatementType.SELECT);
  }

  /** The {@code ?} parameters, described as Calcite's preparation describes them. */
  private static List<AvaticaParameter> parameters(RelDataType row) {
    List<AvaticaParameter> out = new ArrayList<>();
    for (RelDataTypeField f : row.getFieldList()) {
      RelDataType t = f.getType();
      out.add(new AvaticaParameter(false, Columns.precision(t), Columns.scale(t), Columns.jdbcType(t),
          Columns.typeName(t), Object.class.getName(), f.getName()));
    }
    return out;
  }
}
