package io.dynasql.calcite.exec;

import java.util.List;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;

/**
 * A statement as Calcite prepared it, ready to run any number of times with different
 * parameters: its code ({@code signature}), its columns and parameters, and what its final plan
 * is ({@link PlanFacts}).
 *
 * @param sql the text that was prepared
 * @param signature Calcite's result of preparation
 * @param plan what the final plan reads and computes
 */
public record PreparedQuery(String sql, CalcitePrepare.CalciteSignature<Object> signature, PlanFacts plan) {
  /** The result columns. */
  public List<ColumnMetaData> columns() {
    return signature.columns;
  }

  /** The {@code ?} parameters, in order. */
  public List<AvaticaParameter> parameters() {
    return signature.parameters;
  }

  /** How rows come out of {@link #signature}'s enumerable (arrays, or one object per row). */
  public Meta.CursorFactory cursorFactory() {
    return signature.cursorFactory;
  }

  /** Whether its rows come straight from one GetItem, with no generated code in between ({@link PointAccess}). */
  public boolean runsDirect() {
    return plan.point() != null && plan.point().fields().length == columns().size();
  }
}
