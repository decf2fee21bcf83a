package io.dynasql.engine.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * A resolved document path such as {@code a.b[2].c}: a top-level attribute name followed by map
 * keys and list indexes. Names are real attribute names, never {@code #placeholders}.
 *
 * @param elements the steps, the first always a {@link PathElement.Name}
 */
public record Path(List<PathElement> elements) implements Operand, UpdateValue {
  public Path {
    elements = Collections.unmodifiableList(new ArrayList<>(elements));
    if (elements.isEmpty()) throw new IllegalArgumentException("empty path");
    if (!(elements.get(0) instanceof PathElement.Name)) {
      throw new IllegalArgumentException("a path starts with an attribute name: " + elements);
    }
  }

  /** The path naming one top-level attribute. */
  public static Path of(String attribute) {
    return new Path(List.of(new PathElement.Name(attribute)));
  }

  /** This path extended by a map key. */
  public Path child(String name) {
    return extend(new PathElement.Name(name));
  }

  /** This path extended by a list index. */
  public Path index(int index) {
    return extend(new PathElement.Index(index));
  }

  private Path extend(PathElement element) {
    List<PathElement> longer = new ArrayList<>(elements);
    longer.add(element);
    return new Path(longer);
  }

  /** The top-level attribute this path starts at. */
  public String attribute() {
    return ((PathElement.Name) elements.get(0)).name();
  }

  /** How many steps the path has; DynamoDB calls this its nesting levels. */
  public int depth() {
    return elements.size();
  }

  /** Whether {@code other} starts with all of this path's steps (a path is its own prefix). */
  public boolean isPrefixOf(Path other) {
    return other.elements.size() >= elements.size()
        && other.elements.subList(0, elements.size()).equals(elements);
  }

  /** The form DynamoDB's error messages use, e.g. {@code [a, b, [2]]}. */
  public String display() {
    StringJoiner out = new StringJoiner(", ", "[", "]");
    for (PathElement e : elements) out.add(e.toString());
    return out.toString();
  }

  /** The path as written in an expression, names raw: {@code a.b[2].c}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (PathElement e : elements) {
      if (e instanceof PathElement.Name n && out.length() > 0) out.append('.');
      out.append(e);
    }
    return out.toString();
  }
}
