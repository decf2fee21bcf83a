package io.dynasql.calcite.ddl;

/**
 * DynamoDB's rule for table and index names, checked on every name a DDL statement carries before
 * the engine sees it: 3 to 255 characters, each a-z, A-Z, 0-9, '_', '-' or '.'
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
 * Quoting a name keeps its case but cannot make other characters allowed, so the message says
 * which characters are.
 */
final class NameRules {
  /** The shortest table or index name DynamoDB takes. */
  static final int MIN_LENGTH = 3;
  /** The longest table or index name DynamoDB takes. */
  static final int MAX_LENGTH = 255;

  private static final String RULE = "DynamoDB table and index names are " + MIN_LENGTH + " to " + MAX_LENGTH
      + " characters long, each a letter a-z or A-Z, a digit 0-9, '_', '-' or '.'";

  private NameRules() {}

  /** Throws InvalidNameException for the first table or index name of {@code statement} that breaks the rule. */
  static void check(DdlStatement statement) {
    if (statement instanceof DdlStatement.ImportTable i) statement = i.definition();
    if (statement instanceof DdlStatement.CreateTable c) {
      check(c.table(), "table");
      for (LocalIndexDef i : c.localIndexes()) check(i.name(), "index");
    } else if (statement instanceof DdlStatement.CreateIndex c) {
      check(c.index(), "index");
      check(c.table(), "table");
    } else if (statement instanceof DdlStatement.CreateMaterializedView v) {
      check(v.table(), "materialized view");
      check(v.base(), "table");
    } else if (statement instanceof DdlStatement.DropIndex d) {
      check(d.index(), "index");
      check(d.table(), "table");
    } else if (statement instanceof DdlStatement.RestoreToPointInTime r) {
      check(r.table(), "table");
      check(r.source(), "table");
    } else {
      check(statement.table(), "table");
    }
  }

  private static void check(String name, String what) {
    int length = name.length();
    if (length < MIN_LENGTH) {
      throw new InvalidNameException("Invalid " + what + " name '" + name + "': it has " + length
          + (length == 1 ? " character" : " characters") + "; " + RULE + ". Use a name of at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      throw new InvalidNameException("Invalid " + what + " name '" + name.substring(0, 20) + "...': it has " + length
          + " characters; " + RULE + ". Shorten it to at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (!allowed(c)) {
        String shown = c == ' ' ? "a space" : "'" + (Character.isSurrogate(c) ? name.substring(i, name.offsetByCodePoints(i, 1)) : c) + "'";
        throw new InvalidNameException("Invalid " + what + " name '" + name + "': it contains " + shown + "; " + RULE
            + ". Replace it with '_' or leave it out");
      }
    }
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  }
}
