package io.dynasql.calcite;

import java.util.List;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.Bindable;

/**
 * Calcite's EXPLAIN result with lines appended to the plan text: the materialized views that
 * would answer its GROUP BYs ({@link io.dynasql.pushdown.ViewSuggestions}). Everything else is the
 * explanation it wraps.
 */
final class SuggestingExplain implements Prepare.PreparedResult {
  private final Prepare.PreparedResult explained;
  private final String appended;

  SuggestingExplain(Prepare.PreparedResult explained, List<String> lines) {
    this.explained = explained;
    this.appended = String.join("\n", lines) + "\n";
  }

  @Override public String getCode() { return explained.getCode() + appended; }

  @Override public boolean isDml() { return explained.isDml(); }

  @Override public TableModify.Operation getTableModOp() { return explained.getTableModOp(); }

  @Override public List<? extends List<String>> getFieldOrigins() { return explained.getFieldOrigins(); }

  @Override public RelDataType getParameterRowType() { return explained.getParameterRowType(); }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Override
  public Bindable getBindable(Meta.CursorFactory cursorFactory) {
    Bindable inner = explained.getBindable(cursorFactory);
    return dataContext -> inner.bind(dataContext).select(row -> {
      if (row instanceof String s) return s + appended;
      if (row instanceof Object[] a && a.length > 0 && a[0] instanceof String s) {
        Object[] copy = a.clone();
        copy[0] = s + appended;
        return copy;
      }
      return row;
    });
  }
}
