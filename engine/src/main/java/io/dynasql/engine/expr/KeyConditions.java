package io.dynasql.engine.expr;

import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives a {@link KeyCondition} from a resolved KeyConditionExpression: one or two conditions
 * joined by AND, each testing a key attribute against values. Checks run in DynamoDB's order:
 * the shape of each condition as written, then one condition per key, then the count, then the
 * key schema and value types.
 */
public final class KeyConditions {
  private KeyConditions() {}

  /** One condition on one attribute, with a value on the right. */
  private record Leaf(String name, SortKeyCondition.Operator operator, AttributeValue value, AttributeValue value2) {}

  /**
   * The key condition {@code condition} states for a table or index with {@code schema}.
   *
   * @throws io.dynasql.engine.error.ValidationException worded as DynamoDB words it when the
   *     condition is not a valid key condition for the schema
   */
  public static KeyCondition extract(Condition condition, KeySchema schema) {
    List<Leaf> leaves = new ArrayList<>();
    collect(condition, leaves);
    Set<String> names = new HashSet<>();
    for (Leaf leaf : leaves) {
      if (!names.add(leaf.name())) throw new ValidationException("KeyConditionExpressions must only contain one condition per key");
    }
    if (leaves.size() > 2) throw new ValidationException("Conditions can be of length 1 or 2 only");
    if (leaves.size() > (schema.hasSortKey() ? 2 : 1)) throw notSupported();
    Leaf partition = find(leaves, schema.partitionKey());
    if (partition == null) throw missed(schema.partitionKey());
    Leaf sort = leaves.size() == 2 ? find(leaves, schema.sortKey()) : null;
    if (leaves.size() == 2 && sort == null) throw missed(schema.sortKey());
    checkType(partition, schema.partitionType());
    if (sort != null) checkType(sort, schema.sortType());
    if (partition.operator() != SortKeyCondition.Operator.EQ) throw notSupported();
    SortKeyCondition sortCondition = sort == null ? null
        : new SortKeyCondition(sort.name(), sort.operator(), sort.value(), sort.value2());
    return new KeyCondition(partition.name(), partition.value(), sortCondition);
  }

  private static void collect(Condition c, List<Leaf> out) {
    if (c instanceof Condition.And a) {
      collect(a.left(), out);
      collect(a.right(), out);
    } else if (c instanceof Condition.Comparison cmp) {
      if (cmp.operator() == ComparisonOperator.NE) throw invalidOperator("<>");
      Path path = keyPath(List.of(cmp.left(), cmp.right()));
      boolean flipped = !(cmp.left() instanceof Path);
      ComparisonOperator op = flipped ? cmp.operator().flipped() : cmp.operator();
      Operand other = flipped ? cmp.left() : cmp.right();
      out.add(new Leaf(path.attribute(), SortKeyCondition.Operator.valueOf(op.name()), ((Value) other).value(), null));
    } else if (c instanceof Condition.Between b) {
      if (!(b.subject() instanceof Path)) throw firstOperand("BETWEEN");
      Path path = keyPath(List.of(b.subject(), b.lower(), b.upper()));
      out.add(new Leaf(path.attribute(), SortKeyCondition.Operator.BETWEEN,
          ((Value) b.lower()).value(), ((Value) b.upper()).value()));
    } else if (c instanceof Condition.BeginsWith b) {
      if (!(b.subject() instanceof Path)) throw firstOperand(Functions.BEGINS_WITH);
      Path path = keyPath(List.of(b.subject(), b.prefix()));
      out.add(new Leaf(path.attribute(), SortKeyCondition.Operator.BEGINS_WITH, ((Value) b.prefix()).value(), null));
    } else {
      throw invalidOperator(operatorName(c));
    }
  }

  /** The one top-level key path among a condition's operands; the rest must be values. */
  private static Path keyPath(List<Operand> operands) {
    Path found = null;
    for (Operand o : operands) {
      if (o instanceof Size) throw new ValidationException("KeyConditionExpressions cannot contain nested operations");
      if (!(o instanceof Path p)) continue;
      if (found != null) {
        throw new ValidationException("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
      }
      if (p.depth() > 1) throw new ValidationException("KeyConditionExpressions cannot have conditions on nested attributes");
      found = p;
    }
    if (found == null) throw new ValidationException("Invalid condition in KeyConditionExpression: No key attribute specified");
    return found;
  }

  private static String operatorName(Condition c) {
    if (c instanceof Condition.Or) return "OR";
    if (c instanceof Condition.Not) return "NOT";
    if (c instanceof Condition.In) return "IN";
    if (c instanceof Condition.AttributeExists) return Functions.ATTRIBUTE_EXISTS;
    if (c instanceof Condition.AttributeNotExists) return Functions.ATTRIBUTE_NOT_EXISTS;
    if (c instanceof Condition.AttributeTypeIs) return Functions.ATTRIBUTE_TYPE;
    return Functions.CONTAINS;
  }

  private static Leaf find(List<Leaf> leaves, String name) {
    for (Leaf leaf : leaves) if (leaf.name().equals(name)) return leaf;
    return null;
  }

  private static void checkType(Leaf leaf, AttributeType type) {
    boolean ok = leaf.value().type() == type && (leaf.value2() == null || leaf.value2().type() == type);
    if (!ok) {
      throw new ValidationException(
          "One or more parameter values were invalid: Condition parameter type does not match schema type");
    }
  }

  private static ValidationException invalidOperator(String operator) {
    return new ValidationException("Invalid operator used in KeyConditionExpression: " + operator);
  }

  private static ValidationException firstOperand(String operator) {
    return new ValidationException("Invalid condition in KeyConditionExpression: " + operator
        + " operator must have the key attribute as its first operand");
  }

  private static ValidationException notSupported() {
    return new ValidationException("Query key condition not supported");
  }

  private static ValidationException missed(String name) {
    return new ValidationException("Query condition missed key schema element: " + name);
  }
}
