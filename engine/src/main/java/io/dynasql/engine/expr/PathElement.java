package io.dynasql.engine.expr;

import java.util.Objects;

/** One step of a document {@link Path}: an attribute (map key) name or a list index. */
public sealed interface PathElement {

  /** A map key or top-level attribute name, held literally (it may contain dots or spaces). */
  record Name(String name) implements PathElement {
    public Name {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A zero-based list index. */
  record Index(int index) implements PathElement {
    public Index {
      if (index < 0) throw new IllegalArgumentException("negative list index " + index);
    }

    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }
}
