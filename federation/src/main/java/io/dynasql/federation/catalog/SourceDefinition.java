package io.dynasql.federation.catalog;

import io.dynasql.federation.SourceException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A declared source as the catalog keeps it: its name, its kind and its options (no secret).
 *
 * @param name the schema name it is queried under
 * @param type the kind of source
 * @param options the options given, validated
 */
public record SourceDefinition(String name, SourceType type, Map<SourceOption, String> options) {
  public SourceDefinition {
    EnumMap<SourceOption, String> copy = new EnumMap<>(SourceOption.class);
    copy.putAll(options);
    options = Collections.unmodifiableMap(copy);
    for (SourceOption o : copy.keySet()) {
      if (!o.appliesTo(type)) {
        throw new SourceException(SourceException.BAD_OPTION, "Option " + o.key() + " does not apply to a source of type " + type);
      }
    }
    if (type == SourceType.DYNAMODB) {
      io.dynasql.federation.dynamo.DynamoOptions.validate(name, copy);
    } else {
      validate(name, copy);
    }
  }

  /** The value of {@code o}, or its default (null when it has none). */
  public String option(SourceOption o) {
    return options.getOrDefault(o, o.defaultValue());
  }

  /** The most connections its pool opens. */
  public int poolSize() {
    return Integer.parseInt(option(SourceOption.POOL_SIZE));
  }

  /** What its accesses cost (validated when the definition was made). */
  public SourcePrice price() {
    return SourcePrice.of(name, options);
  }

  /** The same source with {@code changes} applied over its options. */
  public SourceDefinition with(Map<SourceOption, String> changes) {
    EnumMap<SourceOption, String> merged = new EnumMap<>(SourceOption.class);
    merged.putAll(options);
    merged.putAll(changes);
    return new SourceDefinition(name, type, merged);
  }

  private static void validate(String name, Map<SourceOption, String> options) {
    if (!options.containsKey(SourceOption.URL)) {
      throw new SourceException(SourceException.BAD_OPTION, "Source " + name + " needs option url (its JDBC URL)");
    }
    if (!options.get(SourceOption.URL).startsWith("jdbc:")) {
      throw new SourceException(SourceException.BAD_OPTION, "Option url of source " + name + " is not a JDBC URL: "
          + options.get(SourceOption.URL));
    }
    if (options.containsKey(SourceOption.PASSWORD_ENV) && options.containsKey(SourceOption.PASSWORD_FILE)) {
      throw new SourceException(SourceException.BAD_OPTION, "Source " + name + " gives both password_env and password_file: give one");
    }
    SourcePrice.of(name, options); // refuses a negative or non-number price
    String pool = options.getOrDefault(SourceOption.POOL_SIZE, SourceOption.POOL_SIZE.defaultValue());
    int size;
    try {
      size = Integer.parseInt(pool);
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size < 1 || size > 64) {
      throw new SourceException(SourceException.BAD_OPTION, "Option pool_size of source " + name + " must be 1 to 64, not " + pool);
    }
  }
}
