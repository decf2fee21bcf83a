package io.dynasql.federation.ddl;

import io.dynasql.federation.SourceException;
import io.dynasql.federation.catalog.SourceOption;
import io.dynasql.federation.catalog.SourceType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Parses {@code CREATE SOURCE}, {@code DROP SOURCE} and {@code ALTER SOURCE}. As with the table
 * DDL, the first two words decide: other text is not ours and gets {@link Optional#empty()};
 * malformed text after them is a 42601 {@link SourceException}.
 */
public final class SourceParser {
  private SourceParser() {}

  /** The statement, or empty when {@code sql} is not a source statement. */
  public static Optional<SourceStatement> parse(String sql) {
    SourceTokens t;
    try {
      t = new SourceTokens(sql);
    } catch (SourceException e) {
      if (!startsLikeOurs(sql)) return Optional.empty();
      throw e;
    }
    if (t.accept("CREATE", "SOURCE")) return Optional.of(create(t));
    if (t.accept("DROP", "SOURCE")) return Optional.of(drop(t));
    if (t.accept("ALTER", "SOURCE")) return Optional.of(alter(t));
    return Optional.empty();
  }

  private static boolean startsLikeOurs(String sql) {
    return sql.strip().toUpperCase(java.util.Locale.ROOT).matches("^(CREATE|DROP|ALTER)\\s+SOURCE\\b.*");
  }

  private static SourceStatement.Create create(SourceTokens t) {
    boolean ifNotExists = t.accept("IF", "NOT", "EXISTS");
    String name = t.name("a source name", ifNotExists ? "IF NOT EXISTS" : "CREATE SOURCE");
    t.expect("TYPE", "source name " + name);
    SourceType type = SourceType.of(t.name("a source type (JDBC or DYNAMODB)", "TYPE"));
    t.expect("OPTIONS", "TYPE " + type);
    Map<SourceOption, String> options = options(t);
    t.end("OPTIONS (...)");
    return new SourceStatement.Create(name, ifNotExists, type, options);
  }

  private static SourceStatement.Drop drop(SourceTokens t) {
    boolean ifExists = t.accept("IF", "EXISTS");
    String name = t.name("a source name", ifExists ? "IF EXISTS" : "DROP SOURCE");
    t.end("source name " + name);
    return new SourceStatement.Drop(name, ifExists);
  }

  private static SourceStatement.Alter alter(SourceTokens t) {
    String name = t.name("a source name", "ALTER SOURCE");
    t.expect("SET", "source name " + name);
    t.expect("OPTIONS", "SET");
    Map<SourceOption, String> options = options(t);
    t.end("OPTIONS (...)");
    return new SourceStatement.Alter(name, options);
  }

  /** {@code (key 'value', ...)}: at least one option, none twice. */
  private static Map<SourceOption, String> options(SourceTokens t) {
    t.expectPunct("(", "OPTIONS");
    Map<SourceOption, String> out = new EnumMap<>(SourceOption.class);
    do {
      String key = t.name("an option name", out.isEmpty() ? "OPTIONS (" : ",");
      SourceOption option = SourceOption.of(key);
      if (out.put(option, t.string(option.key())) != null) {
        throw new SourceException(SourceException.BAD_OPTION, "Option " + option.key() + " is given twice");
      }
    } while (t.acceptPunct(","));
    t.expectPunct(")", "the options");
    return out;
  }
}
