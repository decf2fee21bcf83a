package io.dynasql.pushdown;

import io.dynasql.engine.model.AttributeValue;
import java.math.BigDecimal;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeFamily;

/** Turns the value side of a term into a key value, through the column's conversion. */
final class KeyValues {
  private KeyValues() {}

  /** The key value, or null when the literal cannot be stored in that column. */
  static KeyValue of(DynamoSource source, int field, RexNode value) {
    if (value instanceof RexDynamicParam p) return new KeyValue.Param(p.getIndex(), field);
    AttributeValue v = source.toAttribute(field, javaValue((RexLiteral) value));
    return v == null ? null : new KeyValue.Literal(v);
  }

  /** The literal as the Java value SQL would hand to a column of its family. */
  static Object javaValue(RexLiteral l) {
    SqlTypeFamily family = l.getType().getSqlTypeName().getFamily();
    if (family == SqlTypeFamily.NUMERIC) return l.getValueAs(BigDecimal.class);
    if (family == SqlTypeFamily.BOOLEAN) return l.getValueAs(Boolean.class);
    if (family == SqlTypeFamily.BINARY) return l.getValueAs(ByteString.class);
    return l.getValueAs(String.class);
  }
}
