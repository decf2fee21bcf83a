package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes update values from the old item: SET right-hand sides, ADD (number sum or set union)
 * and DELETE (set difference, null when nothing is left).
 */
final class UpdateValues {
  private UpdateValues() {}

  static AttributeValue evaluate(UpdateValue value, Map<String, AttributeValue> item) {
    if (value instanceof Value v) return v.value();
    if (value instanceof Path p) return present(Documents.get(item, p));
    if (value instanceof UpdateValue.IfNotExists f) {
      AttributeValue existing = Documents.get(item, f.path());
      return existing != null ? existing : evaluate(f.fallback(), item);
    }
    if (value instanceof UpdateValue.ListAppend a) {
      AttributeValue first = evaluate(a.first(), item);
      AttributeValue second = evaluate(a.second(), item);
      if (!(first instanceof AttributeValue.L x) || !(second instanceof AttributeValue.L y)) throw Errors.wrongDataType();
      List<AttributeValue> joined = new ArrayList<>(x.values());
      joined.addAll(y.values());
      return AttributeValue.l(joined);
    }
    UpdateValue.Arithmetic a = (UpdateValue.Arithmetic) value;
    BigDecimal left = Values.number(evaluate(a.left(), item));
    BigDecimal right = Values.number(evaluate(a.right(), item));
    if (left == null || right == null) throw Errors.wrongDataType();
    return AttributeValue.n(a.operator() == UpdateValue.Operator.PLUS ? left.add(right) : left.subtract(right));
  }

  private static AttributeValue present(AttributeValue v) {
    if (v == null) throw Errors.missingAttribute();
    return v;
  }

  static AttributeValue add(AttributeValue existing, AttributeValue addend) {
    if (existing instanceof AttributeValue.N x && addend instanceof AttributeValue.N y) {
      return AttributeValue.n(x.value().add(y.value()));
    }
    if (existing instanceof AttributeValue.SS x && addend instanceof AttributeValue.SS y) {
      return new AttributeValue.SS(union(x.values(), y.values()));
    }
    if (existing instanceof AttributeValue.NS x && addend instanceof AttributeValue.NS y) {
      return new AttributeValue.NS(union(x.values(), y.values()));
    }
    if (existing instanceof AttributeValue.BS x && addend instanceof AttributeValue.BS y) {
      return new AttributeValue.BS(union(x.values(), y.values()));
    }
    throw Errors.wrongDataType();
  }

  static AttributeValue delete(AttributeValue existing, AttributeValue removed) {
    if (existing instanceof AttributeValue.SS x && removed instanceof AttributeValue.SS y) {
      Set<String> left = minus(x.values(), y.values());
      return left.isEmpty() ? null : new AttributeValue.SS(left);
    }
    if (existing instanceof AttributeValue.NS x && removed instanceof AttributeValue.NS y) {
      Set<BigDecimal> left = minus(x.values(), y.values());
      return left.isEmpty() ? null : new AttributeValue.NS(left);
    }
    if (existing instanceof AttributeValue.BS x && removed instanceof AttributeValue.BS y) {
      Set<Bytes> left = minus(x.values(), y.values());
      return left.isEmpty() ? null : new AttributeValue.BS(left);
    }
    throw Errors.wrongDataType();
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  private static <T> Set<T> minus(Set<T> a, Set<T> b) {
    Set<T> out = new LinkedHashSet<>(a);
    out.removeAll(b);
    return out;
  }
}
