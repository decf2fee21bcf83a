package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A resolved condition (ConditionExpression, FilterExpression or KeyConditionExpression): real
 * attribute names and values only, so code can build one without writing expression text.
 * {@code toString()} prints it as expression text with values shown inline.
 */
public sealed interface Condition {

  /** {@code left op right}. */
  record Comparison(ComparisonOperator operator, Operand left, Operand right) implements Condition {
    public Comparison {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code subject BETWEEN lower AND upper}, both bounds inclusive. */
  record Between(Operand subject, Operand lower, Operand upper) implements Condition {
    public Between {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(upper, "upper");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code subject IN (candidates...)}: equal to at least one candidate. */
  record In(Operand subject, List<Operand> candidates) implements Condition {
    public In {
      Objects.requireNonNull(subject, "subject");
      candidates = Collections.unmodifiableList(new ArrayList<>(candidates));
      if (candidates.isEmpty()) throw new IllegalArgumentException("IN needs a candidate");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code left AND right}. */
  record And(Condition left, Condition right) implements Condition {
    public And {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code left OR right}. */
  record Or(Condition left, Condition right) implements Condition {
    public Or {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code NOT condition}. */
  record Not(Condition condition) implements Condition {
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code attribute_exists(path)}. */
  record AttributeExists(Path path) implements Condition {
    public AttributeExists {
      Objects.requireNonNull(path, "path");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code attribute_not_exists(path)}. */
  record AttributeNotExists(Path path) implements Condition {
    public AttributeNotExists {
      Objects.requireNonNull(path, "path");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code attribute_type(subject, :type)}: the subject exists and has this type. */
  record AttributeTypeIs(Operand subject, AttributeType type) implements Condition {
    public AttributeTypeIs {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(type, "type");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code begins_with(subject, prefix)} on strings or binaries. */
  record BeginsWith(Operand subject, Operand prefix) implements Condition {
    public BeginsWith {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(prefix, "prefix");
    }

    @Override public String toString() { return Printer.readable(this); }
  }

  /** {@code contains(subject, operand)}: substring, set member or list element. */
  record Contains(Operand subject, Operand operand) implements Condition {
    public Contains {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(operand, "operand");
    }

    @Override public String toString() { return Printer.readable(this); }
  }
}
