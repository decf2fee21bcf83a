package io.dynasql.engine.expr;

import java.util.Objects;

/** One action of an update expression; each names the document path it writes. */
public sealed interface UpdateAction {

  /** The document path this action changes. */
  Path path();

  /** {@code SET path = value}. */
  record Set(Path path, UpdateValue value) implements UpdateAction {
    public Set {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code REMOVE path}. */
  record Remove(Path path) implements UpdateAction {
    public Remove {
      Objects.requireNonNull(path, "path");
    }
  }

  /** {@code ADD path value}: add to a number, or union into a set. */
  record Add(Path path, Value value) implements UpdateAction {
    public Add {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code DELETE path value}: remove the members of a set value from a set. */
  record Delete(Path path, Value value) implements UpdateAction {
    public Delete {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /** The clause keyword an action belongs to, in the form error messages use. */
  static String clause(UpdateAction action) {
    if (action instanceof Set) return "SET";
    if (action instanceof Remove) return "REMOVE";
    if (action instanceof Add) return "ADD";
    return "DELETE";
  }
}
