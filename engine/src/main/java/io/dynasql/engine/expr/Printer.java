package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Prints resolved trees as expression text, adding only the parentheses precedence needs. In
 * placeholder mode values become {@code :vN} and names that cannot be written bare become
 * {@code #nN}, so the text parses back to the same tree; in readable mode (used by {@code
 * toString()}) names are raw and values are shown inline.
 */
public final class Printer {
  private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS = Set.of("REMOVE");
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int ATOM = 4;

  private final boolean placeholders;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> nameRefs = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  private Printer(boolean placeholders) {
    this.placeholders = placeholders;
  }

  /** A condition as text plus the placeholders it needs. */
  public static Printed print(Condition condition) {
    Printer p = new Printer(true);
    return p.done(p.condition(condition, OR));
  }

  /** An update expression as text plus the placeholders it needs. */
  public static Printed print(UpdateExpression update) {
    Printer p = new Printer(true);
    return p.done(p.update(update));
  }

  /** A projection as text plus the placeholders it needs. */
  public static Printed print(ProjectionExpression projection) {
    Printer p = new Printer(true);
    return p.done(p.projection(projection));
  }

  static String readable(Condition condition) {
    return new Printer(false).condition(condition, OR);
  }

  static String readable(UpdateValue value) {
    return new Printer(false).value(value);
  }

  static String readable(UpdateExpression update) {
    return new Printer(false).update(update);
  }

  static String readable(ProjectionExpression projection) {
    return new Printer(false).projection(projection);
  }

  private Printed done(String text) {
    return new Printed(text, names, values);
  }

  private String condition(Condition c, int context) {
    int level = ATOM;
    String text;
    if (c instanceof Condition.Or o) {
      level = OR;
      text = condition(o.left(), OR) + " OR " + condition(o.right(), AND);
    } else if (c instanceof Condition.And a) {
      level = AND;
      text = condition(a.left(), AND) + " AND " + condition(a.right(), NOT);
    } else if (c instanceof Condition.Not n) {
      level = NOT;
      text = "NOT " + condition(n.condition(), NOT);
    } else {
      text = predicate(c);
    }
    return level < context ? "(" + text + ")" : text;
  }

  private String predicate(Condition c) {
    if (c instanceof Condition.Comparison cmp) {
      return operand(cmp.left()) + " " + cmp.operator().symbol() + " " + operand(cmp.right());
    }
    if (c instanceof Condition.Between b) {
      return operand(b.subject()) + " BETWEEN " + operand(b.lower()) + " AND " + operand(b.upper());
    }
    if (c instanceof Condition.In in) {
      StringJoiner list = new StringJoiner(", ", " IN (", ")");
      for (Operand o : in.candidates()) list.add(operand(o));
      return operand(in.subject()) + list;
    }
    if (c instanceof Condition.AttributeExists e) return Functions.ATTRIBUTE_EXISTS + "(" + path(e.path()) + ")";
    if (c instanceof Condition.AttributeNotExists e) return Functions.ATTRIBUTE_NOT_EXISTS + "(" + path(e.path()) + ")";
    if (c instanceof Condition.AttributeTypeIs t) {
      return Functions.ATTRIBUTE_TYPE + "(" + operand(t.subject()) + ", " + value(AttributeValue.s(t.type().name())) + ")";
    }
    if (c instanceof Condition.BeginsWith b) {
      return Functions.BEGINS_WITH + "(" + operand(b.subject()) + ", " + operand(b.prefix()) + ")";
    }
    Condition.Contains k = (Condition.Contains) c;
    return Functions.CONTAINS + "(" + operand(k.subject()) + ", " + operand(k.operand()) + ")";
  }

  private String operand(Operand o) {
    if (o instanceof Path p) return path(p);
    if (o instanceof Value v) return value(v.value());
    return Functions.SIZE + "(" + operand(((Size) o).operand()) + ")";
  }

  private String update(UpdateExpression update) {
    Map<String, List<String>> clauses = new LinkedHashMap<>();
    for (UpdateAction a : update.actions()) {
      String text = path(a.path());
      if (a instanceof UpdateAction.Set s) text += " = " + value(s.value());
      if (a instanceof UpdateAction.Add add) text += " " + value(add.value().value());
      if (a instanceof UpdateAction.Delete d) text += " " + value(d.value().value());
      clauses.computeIfAbsent(UpdateAction.clause(a), k -> new ArrayList<>()).add(text);
    }
    StringJoiner out = new StringJoiner(" ");
    clauses.forEach((clause, actions) -> out.add(clause + " " + String.join(", ", actions)));
    return out.toString();
  }

  private String value(UpdateValue v) {
    if (v instanceof Path p) return path(p);
    if (v instanceof Value val) return value(val.value());
    if (v instanceof UpdateValue.IfNotExists f) {
      return Functions.IF_NOT_EXISTS + "(" + path(f.path()) + ", " + value(f.fallback()) + ")";
    }
    if (v instanceof UpdateValue.ListAppend l) {
      return Functions.LIST_APPEND + "(" + value(l.first()) + ", " + value(l.second()) + ")";
    }
    UpdateValue.Arithmetic a = (UpdateValue.Arithmetic) v;
    return term(a.left()) + " " + a.operator().symbol() + " " + term(a.right());
  }

  private String term(UpdateValue v) {
    return v instanceof UpdateValue.Arithmetic ? "(" + value(v) + ")" : value(v);
  }

  private String projection(ProjectionExpression projection) {
    StringJoiner out = new StringJoiner(", ");
    for (Path p : projection.paths()) out.add(path(p));
    return out.toString();
  }

  private String path(Path path) {
    StringBuilder out = new StringBuilder();
    for (PathElement e : path.elements()) {
      if (e instanceof PathElement.Index i) {
        out.append('[').append(i.index()).append(']');
      } else {
        if (out.length() > 0) out.append('.');
        out.append(name(((PathElement.Name) e).name()));
      }
    }
    return out.toString();
  }

  private String name(String name) {
    boolean bare = BARE_NAME.matcher(name).matches() && !ReservedWords.isReserved(name)
        && !KEYWORDS.contains(name.toUpperCase(java.util.Locale.ROOT));
    if (!placeholders || bare) return name;
    return nameRefs.computeIfAbsent(name, n -> {
      String ref = "#n" + nameRefs.size();
      names.put(ref, n);
      return ref;
    });
  }

  private String value(AttributeValue v) {
    if (!placeholders) return ValueText.of(v);
    String ref = ":v" + values.size();
    values.put(ref, v);
    return ref;
  }
}
