package io.dynasql.federation.ddl;

import io.dynasql.federation.catalog.SourceOption;
import io.dynasql.federation.catalog.SourceType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A parsed {@code CREATE | DROP | ALTER SOURCE} statement. */
public sealed interface SourceStatement {
  /** The source it declares, drops or changes. */
  String source();

  /** {@code CREATE SOURCE [IF NOT EXISTS] name TYPE type OPTIONS (key 'value', ...)}. */
  record Create(String source, boolean ifNotExists, SourceType type, Map<SourceOption, String> options)
      implements SourceStatement {
    public Create {
      options = Collections.unmodifiableMap(new EnumMap<>(options.isEmpty() ? new EnumMap<>(SourceOption.class) : options));
    }
  }

  /** {@code DROP SOURCE [IF EXISTS] name}. */
  record Drop(String source, boolean ifExists) implements SourceStatement {}

  /** {@code ALTER SOURCE name SET OPTIONS (key 'value', ...)}: the options given replace those of the same key. */
  record Alter(String source, Map<SourceOption, String> options) implements SourceStatement {
    public Alter {
      options = Collections.unmodifiableMap(new EnumMap<>(options.isEmpty() ? new EnumMap<>(SourceOption.class) : options));
    }
  }
}
