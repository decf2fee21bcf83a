package io.dynasql.engine.expr;

/**
 * Which request parameter an expression came from. DynamoDB names it in every error message
 * ("Invalid FilterExpression: ..."), and it picks the grammar.
 */
public enum ExpressionKind {
  CONDITION("ConditionExpression"),
  FILTER("FilterExpression"),
  KEY_CONDITION("KeyConditionExpression"),
  UPDATE("UpdateExpression"),
  PROJECTION("ProjectionExpression");

  private final String parameter;

  ExpressionKind(String parameter) {
    this.parameter = parameter;
  }

  /** The request parameter's name, e.g. {@code FilterExpression}. */
  public String parameter() {
    return parameter;
  }

  /** Whether expressions of this kind use the condition grammar. */
  public boolean isCondition() {
    return this == CONDITION || this == FILTER || this == KEY_CONDITION;
  }

  /** The kind whose parameter name is {@code parameter}. */
  public static ExpressionKind ofParameter(String parameter) {
    for (ExpressionKind k : values()) if (k.parameter.equals(parameter)) return k;
    throw new IllegalArgumentException("not an expression parameter: " + parameter);
  }
}
