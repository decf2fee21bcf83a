package io.dynasql.federation.dynamo;

import io.dynasql.engine.expr.ComparisonOperator;
import io.dynasql.engine.expr.Condition;
import io.dynasql.engine.expr.KeyCondition;
import io.dynasql.engine.expr.Path;
import io.dynasql.engine.expr.Printed;
import io.dynasql.engine.expr.Printer;
import io.dynasql.engine.expr.ProjectionExpression;
import io.dynasql.engine.expr.SortKeyCondition;
import io.dynasql.engine.expr.Value;
import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed trees the rules pass, as the expression strings of one request: a key condition, a
 * filter and a projection, every value a {@code :placeholder} and every name that cannot be
 * written bare (reserved words, odd characters) a {@code #placeholder}. The engine's printer
 * writes each expression; each gets its own placeholder prefix ({@code k}, {@code f}, {@code p})
 * so that the three share one ExpressionAttributeNames / Values map without clashing.
 */
final class DynamoExpressions {
  /** The placeholders the printer writes: {@code #n0}, {@code :v0}. Names it writes bare have neither sign. */
  private static final Pattern PLACEHOLDER = Pattern.compile("([#:])[nv](\\d+)");

  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  /** A key condition as a KeyConditionExpression. */
  String key(KeyCondition key) {
    Condition c = eq(key.partitionKey(), key.partitionValue());
    SortKeyCondition s = key.sortCondition();
    if (s != null) c = new Condition.And(c, sort(s));
    return add(Printer.print(c), 'k');
  }

  /** A filter as a FilterExpression, or null for none. */
  String filter(Condition filter) {
    return filter == null ? null : add(Printer.print(filter), 'f');
  }

  /** Top-level attributes as a ProjectionExpression (sorted, so equal requests read alike), or null for whole items. */
  String projection(Set<String> attributes) {
    if (attributes == null) return null;
    List<Path> paths = new ArrayList<>();
    for (String a : new TreeSet<>(attributes)) paths.add(Path.of(a));
    return add(Printer.print(new ProjectionExpression(paths)), 'p');
  }

  /** ExpressionAttributeNames, or null when no expression needed one (the service refuses an empty map). */
  Map<String, String> names() {
    return names.isEmpty() ? null : names;
  }

  /** ExpressionAttributeValues in the SDK's model, or null when none. */
  Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> values() {
    return values.isEmpty() ? null : SdkValues.toSdk(values);
  }

  private String add(Printed p, char prefix) {
    p.names().forEach((ref, name) -> names.put(renamed(ref, prefix), name));
    p.values().forEach((ref, value) -> values.put(renamed(ref, prefix), value));
    Matcher m = PLACEHOLDER.matcher(p.expression());
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + prefix + m.group(2)));
    m.appendTail(out);
    return out.toString();
  }

  private static String renamed(String ref, char prefix) {
    return ref.charAt(0) + String.valueOf(prefix) + ref.substring(2);
  }

  private static Condition eq(String attribute, AttributeValue v) {
    return new Condition.Comparison(ComparisonOperator.EQ, Path.of(attribute), new Value(v));
  }

  private static Condition sort(SortKeyCondition s) {
    Path p = Path.of(s.name());
    Value v = new Value(s.value());
    switch (s.operator()) {
      case EQ: return new Condition.Comparison(ComparisonOperator.EQ, p, v);
      case LT: return new Condition.Comparison(ComparisonOperator.LT, p, v);
      case LE: return new Condition.Comparison(ComparisonOperator.LE, p, v);
      case GT: return new Condition.Comparison(ComparisonOperator.GT, p, v);
      case GE: return new Condition.Comparison(ComparisonOperator.GE, p, v);
      case BETWEEN: return new Condition.Between(p, v, new Value(s.value2()));
      default: return new Condition.BeginsWith(p, v);
    }
  }
}
