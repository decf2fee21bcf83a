package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point to DynamoDB's expression language, in three phases: parse text (pure, cached by
 * text), resolve {@code #name} and {@code :value} placeholders against one request's {@link
 * Placeholders}, then evaluate conditions, apply updates or project items.
 *
 * <p>A request with several expressions should parse all of them, then resolve each, then call
 * {@link Placeholders#checkAllUsed()}, which is the order DynamoDB reports errors in.
 */
public final class Expressions {
  /** DynamoDB's limit on an expression's length, in UTF-8 bytes. */
  public static final int MAX_BYTES = 4096;

  private static final ParseCache CACHE = new ParseCache(2048);

  private Expressions() {}

  /**
   * Parses a condition-grammar expression.
   *
   * @param kind the request parameter it came from: {@code ConditionExpression}, {@code
   *     FilterExpression} or {@code KeyConditionExpression}
   */
  public static ParsedCondition parseCondition(String kind, String text) {
    return parseCondition(ExpressionKind.ofParameter(kind), text);
  }

  /** Parses a condition-grammar expression of the given kind. */
  public static ParsedCondition parseCondition(ExpressionKind kind, String text) {
    if (!kind.isCondition()) throw new IllegalArgumentException(kind + " is not a condition");
    checkLength(kind, text);
    Syntax root = CACHE.get("condition", text, () -> {
      Syntax parsed = ConditionParser.parse(kind, text);
      ParseChecks.condition(kind, parsed);
      return parsed;
    });
    return new ParsedCondition(kind, root);
  }

  /** Parses an UpdateExpression. */
  public static ParsedUpdate parseUpdate(String text) {
    checkLength(ExpressionKind.UPDATE, text);
    return CACHE.get("update", text, () -> {
      List<Syntax.Action> actions = UpdateParser.parse(text);
      ParseChecks.update(actions);
      return new ParsedUpdate(actions);
    });
  }

  /** Parses a ProjectionExpression. */
  public static ParsedProjection parseProjection(String text) {
    checkLength(ExpressionKind.PROJECTION, text);
    return CACHE.get("projection", text, () -> {
      List<Syntax.PathRef> paths = ProjectionParser.parse(text);
      ParseChecks.projection(paths);
      return new ParsedProjection(paths);
    });
  }

  private static void checkLength(ExpressionKind kind, String text) {
    if (text.isBlank()) throw Errors.empty(kind);
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) throw Errors.tooLong(kind, bytes);
  }

  /** Resolves a parsed condition against a request's placeholders, marking those it uses. */
  public static Condition resolve(ParsedCondition parsed, Placeholders placeholders) {
    return parsed.resolve(placeholders);
  }

  /** Resolves a parsed update against a request's placeholders, marking those it uses. */
  public static UpdateExpression resolve(ParsedUpdate parsed, Placeholders placeholders) {
    return parsed.resolve(placeholders);
  }

  /** Resolves a parsed projection against a request's placeholders, marking those it uses. */
  public static ProjectionExpression resolve(ParsedProjection parsed, Placeholders placeholders) {
    return parsed.resolve(placeholders);
  }

  /** Whether {@code item} (empty when there is none) satisfies {@code condition}. */
  public static boolean evaluate(Condition condition, Map<String, AttributeValue> item) {
    return ConditionEvaluator.evaluate(condition, item);
  }

  /** Applies {@code update} to {@code oldItem} (empty when there is none), never changing it. */
  public static UpdateResult apply(UpdateExpression update, Map<String, AttributeValue> oldItem,
      Set<String> keyAttributes) {
    return UpdateApplier.apply(update, oldItem, keyAttributes);
  }

  /** The parts of {@code item} that {@code projection} names. */
  public static Map<String, AttributeValue> project(ProjectionExpression projection,
      Map<String, AttributeValue> item) {
    return Projector.project(projection, item);
  }

  /** The key condition a resolved KeyConditionExpression states, checked against the schema. */
  public static KeyCondition keyCondition(Condition condition, KeySchema schema) {
    return KeyConditions.extract(condition, schema);
  }
}
