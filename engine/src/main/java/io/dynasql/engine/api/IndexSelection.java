package io.dynasql.engine.api;

import java.util.List;

/**
 * Which of the source table's secondary indexes a restored table gets: all of them (the
 * default), or only those named, as GlobalSecondaryIndexOverride / LocalSecondaryIndexOverride
 * let a restore leave indexes out (an empty list: none).
 */
public sealed interface IndexSelection {
  /** Whether the restored table gets the index called {@code name}. */
  boolean keeps(String name);

  /** Every index of the source table. */
  record All() implements IndexSelection {
    @Override
    public boolean keeps(String name) {
      return true;
    }
  }

  /** Only the indexes named (each must be an index of the source table). */
  record Only(List<String> names) implements IndexSelection {
    public Only {
      names = List.copyOf(names);
    }

    @Override
    public boolean keeps(String name) {
      return names.contains(name);
    }
  }

  /** Every index. */
  static IndexSelection all() {
    return new All();
  }

  /** Only {@code names}. */
  static IndexSelection only(String... names) {
    return new Only(List.of(names));
  }
}
