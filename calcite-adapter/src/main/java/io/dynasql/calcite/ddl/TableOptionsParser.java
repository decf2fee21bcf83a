package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.StreamViewType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CREATE TABLE's optional {@code WITH (billing_mode = '...', read_capacity = n, write_capacity = n,
 * table_class = '...', stream = 'NEW_IMAGE')}. Option names and values ignore case; values may be quoted or not.
 * Capacities without a billing mode imply PROVISIONED, the only mode they make sense in; whether
 * the combination is complete is the engine's check, as it is DynamoDB's.
 */
final class TableOptionsParser {
  private static final String NAMES = "billing_mode, read_capacity, write_capacity, table_class or stream";

  /** DynamoDB's four stream view types, as {@code stream = '...'} and ALTER TABLE ... SET STREAM take them. */
  static final List<String> STREAM_VIEWS = List.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES");

  private TableOptionsParser() {}

  static TableOptions parse(Tokens tokens) {
    if (!tokens.accept("WITH")) return TableOptions.DEFAULTS;
    tokens.expectSymbol('(', "WITH");
    BillingMode billing = null;
    Long read = null;
    Long write = null;
    String tableClass = null;
    StreamViewType stream = null;
    Set<String> seen = new HashSet<>();
    do {
      Token option = tokens.name("an option (" + NAMES + ")", seen.isEmpty() ? "WITH (" : "','");
      String key = option.text().toLowerCase(Locale.ROOT);
      if (!seen.add(key)) throw Tokens.at(option, "Expected each option once but found " + key + " twice");
      switch (key) {
        case "billing_mode":
          billing = BillingMode.valueOf(choice(tokens, key, List.of("PAY_PER_REQUEST", "PROVISIONED")));
          break;
        case "read_capacity":
          read = number(tokens, key);
          break;
        case "write_capacity":
          write = number(tokens, key);
          break;
        case "table_class":
          tableClass = choice(tokens, key, List.of("STANDARD", "STANDARD_INFREQUENT_ACCESS"));
          break;
        case "stream":
          stream = StreamViewType.valueOf(choice(tokens, key, STREAM_VIEWS));
          break;
        default:
          throw Tokens.at(option, "Expected an option (" + NAMES + ") but found " + option.describe());
      }
    } while (tokens.acceptSymbol(','));
    tokens.expectSymbol(')', "the WITH options");
    if (billing == null && (read != null || write != null)) billing = BillingMode.PROVISIONED;
    return new TableOptions(billing, read == null ? 0 : read, write == null ? 0 : write, tableClass, stream);
  }

  private static long number(Tokens tokens, String key) {
    tokens.expectSymbol('=', key);
    return tokens.number("a whole number", key + " =");
  }

  /** One of {@code allowed}, quoted or not, in any case; returned as spelled in {@code allowed}. */
  private static String choice(Tokens tokens, String key, List<String> allowed) {
    tokens.expectSymbol('=', key);
    return choiceAfter(tokens, key + " =", allowed);
  }

  /** One of {@code allowed}, quoted or not, in any case, right after {@code after}. */
  static String choiceAfter(Tokens tokens, String after, List<String> allowed) {
    Token value = tokens.peek();
    if (value.kind() == Token.Kind.STRING || value.kind() == Token.Kind.WORD) {
      String upper = value.upper();
      if (allowed.contains(upper)) {
        tokens.next();
        return upper;
      }
    }
    throw tokens.expected("'" + String.join("' or '", allowed) + "'", after);
  }
}
