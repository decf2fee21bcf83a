package io.dynasql.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.api.Expr;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link KeyConditionCache} answers exactly as resolving every time would, key or error, for
 * requests that share shapes with earlier ones but differ in values: other contents, other
 * types, missing or extra placeholders, BETWEEN bounds out of order, one value object twice.
 * Shapes are few, so most requests meet a cached template.
 */
class KeyConditionCacheTest {
  private static final List<String> TEXTS = List.of(
      "pk = :p", "pk = :p AND sk > :s", "#k = :p AND #s BETWEEN :s AND :t", "pk = :p AND begins_with(sk, :s)",
      "pk = :p AND sk = :p", "sk <= :s AND pk = :p", "pk = :p OR sk = :s", "attribute_type(pk, :p)",
      "pk = :p AND sk BETWEEN :s AND :t");
  private static final List<KeySchema> SCHEMAS = List.of(
      KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N),
      KeySchema.of("pk", AttributeType.S, "sk", AttributeType.S),
      KeySchema.of("pk", AttributeType.N));

  @Property(tries = 4000, edgeCases = EdgeCasesMode.NONE)
  void sameAnswerAsResolvingEveryTime(@ForAll("texts") String text, @ForAll("names") Map<String, String> names,
      @ForAll("schemas") KeySchema schema, @ForAll("seeds") long seed) {
    Map<String, AttributeValue> values = values(text, new Random(seed));
    Expr expr = new Expr(names, values);
    String expected = outcome(() -> {
      RequestExpressions ex = RequestExpressions.of(expr);
      RequestExpressions.Key key = ex.keyCondition(text, schema);
      ex.checkAllUsed();
      return key;
    });
    assertEquals(expected, outcome(() -> KeyConditionCache.key(text, expr, schema)));
    assertEquals(expected, outcome(() -> KeyConditionCache.key(text, expr, schema))); // now from the cache, if kept
  }

  private static String outcome(Supplier<RequestExpressions.Key> resolve) {
    try {
      return resolve.get().toString();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TEXTS);
  }

  @Provide
  Arbitrary<KeySchema> schemas() {
    return Arbitraries.of(SCHEMAS);
  }

  /** Mostly no names (most texts use none), else the two the texts use, sometimes with one unused. */
  @Provide
  Arbitrary<Map<String, String>> names() {
    return Arbitraries.of(0, 0, 1, 2).map(i -> i == 0 ? null
        : i == 1 ? Map.of("#k", "pk", "#s", "sk") : Map.of("#k", "pk", "#s", "sk", "#x", "other"));
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /**
   * A value for each placeholder the text uses, of type S or N and of few contents (so BETWEEN
   * bounds come both in and out of order), sometimes one object for two placeholders, sometimes
   * one placeholder missing or an unused one added, now and then a BOOL.
   */
  private static Map<String, AttributeValue> values(String text, Random r) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    Matcher placeholders = Pattern.compile(":[a-z]").matcher(text);
    AttributeValue previous = null;
    while (placeholders.find()) {
      AttributeValue v = r.nextInt(8) == 0 && previous != null ? previous
          : r.nextInt(20) == 0 ? AttributeValue.bool(true)
          : r.nextBoolean() ? AttributeValue.s(String.valueOf((char) ('a' + r.nextInt(3)))) : AttributeValue.n(r.nextInt(3));
      m.put(placeholders.group(), v);
      previous = v;
    }
    if (r.nextInt(8) == 0) m.put(":x", AttributeValue.n(1));
    if (r.nextInt(8) == 0 && !m.isEmpty()) m.remove(m.keySet().iterator().next());
    return m.isEmpty() ? null : m;
  }
}
