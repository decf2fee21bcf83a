package io.dynasql.engine;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

/**
 * The keys {@link ModelBasedRandomTest} draws: short ones (number sort keys), or long ones that
 * crowd into few groups sharing LMDB-sized prefixes, with endings around the escaped and the
 * highest bytes, so labels are assigned, squeezed and relabelled.
 */
enum RandomKeys {
  SHORT {
    @Override String partitionKey(Random rnd) { return "p" + rnd.nextInt(6); }
    @Override AttributeValue sortKey(Random rnd) { return n(rnd.nextInt(40) - 20); }
    // few values, so that an index partition holds several items
    @Override String indexed(Random rnd) { return "b" + rnd.nextInt(5); }
    @Override AttributeType sortType() { return AttributeType.N; }
  },
  LONG {
    @Override String partitionKey(Random rnd) {
      return rnd.nextInt(3) == 0 ? "p" + rnd.nextInt(2) : "P".repeat(1200 + rnd.nextInt(2) * 700) + rnd.nextInt(2);
    }
    @Override AttributeValue sortKey(Random rnd) {
      return s(rnd.nextInt(5) == 0 ? ending(rnd) : "s".repeat(900) + ending(rnd));
    }
    @Override String indexed(Random rnd) { return "b".repeat(1500) + ending(rnd); }
    @Override AttributeType sortType() { return AttributeType.S; }
  };

  private static final String[] PIECES = {"a", "b", "\u0000", "é", "\uFFFF", "zz"};

  /** DynamoDB's order of sort keys of one type: S by UTF-8 bytes, N by value. */
  static final Comparator<AttributeValue> ORDER = (a, b) -> a instanceof AttributeValue.N x
      ? x.value().compareTo(((AttributeValue.N) b).value())
      : Arrays.compareUnsigned(utf8(a), utf8(b));

  abstract String partitionKey(Random rnd);

  abstract AttributeValue sortKey(Random rnd);

  /** A value of the indexed attribute {@code b}. */
  abstract String indexed(Random rnd);

  abstract AttributeType sortType();

  private static String ending(Random rnd) {
    StringBuilder b = new StringBuilder();
    for (int i = rnd.nextInt(4); i > 0; i--) b.append(PIECES[rnd.nextInt(PIECES.length)]);
    return b.length() == 0 ? "x" : b.toString();
  }

  private static byte[] utf8(AttributeValue v) {
    return ((AttributeValue.S) v).value().getBytes(StandardCharsets.UTF_8);
  }
}
