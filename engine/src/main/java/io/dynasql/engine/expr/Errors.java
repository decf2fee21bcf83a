package io.dynasql.engine.expr;

import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeValue;

/**
 * Every expression error, worded as DynamoDB words it. Kept in one place so the wording stays
 * consistent and can be checked against DynamoDB in one file.
 */
final class Errors {
  private Errors() {}

  static ValidationException invalid(ExpressionKind kind, String detail) {
    return new ValidationException("Invalid " + kind.parameter() + ": " + detail);
  }

  static ValidationException empty(ExpressionKind kind) {
    return invalid(kind, "The expression can not be empty;");
  }

  static ValidationException tooLong(ExpressionKind kind, int bytes) {
    return invalid(kind, "Expression size has exceeded the maximum allowed size; expression size: " + bytes);
  }

  static ValidationException syntax(ExpressionKind kind, String token, String near) {
    return invalid(kind, "Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
  }

  static ValidationException duplicateSection(String clause) {
    return invalid(ExpressionKind.UPDATE,
        "The \"" + clause + "\" section can only be used once in an update expression;");
  }

  static ValidationException redundantParentheses(ExpressionKind kind) {
    return invalid(kind, "The expression has redundant parentheses;");
  }

  static ValidationException unknownFunction(ExpressionKind kind, String name) {
    return invalid(kind, "Invalid function name; function: " + name);
  }

  static ValidationException misusedFunction(ExpressionKind kind, String name) {
    return invalid(kind, "The function is not allowed to be used this way in an expression; function: " + name);
  }

  static ValidationException notInCondition(ExpressionKind kind, String name) {
    return invalid(kind, "The function is not allowed in a condition expression; function: " + name);
  }

  static ValidationException notInUpdate(String name) {
    return invalid(ExpressionKind.UPDATE, "The function is not allowed in an update expression; function: " + name);
  }

  static ValidationException reserved(ExpressionKind kind, String word) {
    return invalid(kind, "Attribute name is a reserved keyword; reserved keyword: " + word);
  }

  static ValidationException nesting(ExpressionKind kind, int levels) {
    return invalid(kind, "The document path has too many nesting levels; nesting levels: " + levels);
  }

  static ValidationException listIndex(ExpressionKind kind) {
    return invalid(kind, "List index is not within the allowable range");
  }

  static ValidationException tooManyInOperands(ExpressionKind kind, int operands) {
    return invalid(kind, "The IN operator is provided with too many operands; number of operands: " + operands);
  }

  static ValidationException tooManyOperators(ExpressionKind kind, int operators) {
    return invalid(kind, "The expression contains too many operators; operator count: " + operators);
  }

  static ValidationException undefinedName(ExpressionKind kind, String placeholder) {
    return invalid(kind,
        "An expression attribute name used in the document path is not defined; attribute name: " + placeholder);
  }

  static ValidationException undefinedValue(ExpressionKind kind, String placeholder) {
    return invalid(kind,
        "An expression attribute value used in expression is not defined; attribute value: " + placeholder);
  }

  static ValidationException operandCount(ExpressionKind kind, String function, int operands) {
    return invalid(kind, "Incorrect number of operands for operator or function; operator or function: "
        + function + ", number of operands: " + operands);
  }

  static ValidationException requiresPath(ExpressionKind kind, String function) {
    return invalid(kind, "Operator or function requires a document path; operator or function: " + function);
  }

  static ValidationException notDistinct(ExpressionKind kind, String operator, Path first) {
    return invalid(kind, "The first operand must be distinct from the remaining operands for this operator "
        + "or function; operator: " + operator + ", first operand: " + first.display());
  }

  static ValidationException operandType(ExpressionKind kind, String function, String type) {
    return invalid(kind, "Incorrect operand type for operator or function; operator or function: "
        + function + ", operand type: " + type);
  }

  /** ADD and DELETE name the operand type in long form (STRING, NUMBER, ...). */
  static ValidationException actionOperandType(String clause, String longType) {
    return invalid(ExpressionKind.UPDATE, "Incorrect operand type for operator or function; operator: "
        + clause + ", operand type: " + longType);
  }

  static ValidationException attributeTypeName(ExpressionKind kind, String name) {
    return invalid(kind, "Invalid attribute type name found; type: " + name
        + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
  }

  static ValidationException betweenTypes(ExpressionKind kind, AttributeValue lower, AttributeValue upper) {
    return invalid(kind, "The BETWEEN operator requires same data type for lower and upper bounds; "
        + bounds(lower, upper));
  }

  static ValidationException betweenOrder(ExpressionKind kind, AttributeValue lower, AttributeValue upper) {
    return invalid(kind, "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
        + bounds(lower, upper));
  }

  private static String bounds(AttributeValue lower, AttributeValue upper) {
    return "lower bound operand: AttributeValue: " + ValueText.of(lower)
        + ", upper bound operand: AttributeValue: " + ValueText.of(upper);
  }

  static ValidationException overlap(ExpressionKind kind, Path one, Path two) {
    return invalid(kind, "Two document paths overlap with each other; must remove or rewrite one of these paths; "
        + "path one: " + one.display() + ", path two: " + two.display());
  }

  static ValidationException conflict(ExpressionKind kind, Path one, Path two) {
    return invalid(kind, "Two document paths conflict with each other; must remove or rewrite one of these paths; "
        + "path one: " + one.display() + ", path two: " + two.display());
  }

  // ---- raised while applying an update to an item ----

  static ValidationException missingAttribute() {
    return new ValidationException("The provided expression refers to an attribute that does not exist in the item");
  }

  static ValidationException wrongDataType() {
    return new ValidationException("An operand in the update expression has an incorrect data type");
  }

  static ValidationException invalidDocumentPath() {
    return new ValidationException("The document path provided in the update expression is invalid for update");
  }

  static ValidationException keyAttribute(String name) {
    return new ValidationException("One or more parameter values were invalid: Cannot update attribute "
        + name + ". This attribute is part of the key");
  }

  /** DynamoDB's wording, including its grammar and double space. */
  static ValidationException emptySet(String setName) {
    return new ValidationException("One or more parameter values were invalid: An " + setName
        + " set  may not be empty");
  }
}
