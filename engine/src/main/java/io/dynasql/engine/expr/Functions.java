package io.dynasql.engine.expr;

import java.util.Map;
import java.util.Set;

/** The functions expressions may call, with their arities and where each is allowed. */
final class Functions {
  static final String ATTRIBUTE_EXISTS = "attribute_exists";
  static final String ATTRIBUTE_NOT_EXISTS = "attribute_not_exists";
  static final String ATTRIBUTE_TYPE = "attribute_type";
  static final String BEGINS_WITH = "begins_with";
  static final String CONTAINS = "contains";
  static final String SIZE = "size";
  static final String IF_NOT_EXISTS = "if_not_exists";
  static final String LIST_APPEND = "list_append";

  private static final Map<String, Integer> ARITY = Map.of(
      ATTRIBUTE_EXISTS, 1, ATTRIBUTE_NOT_EXISTS, 1, ATTRIBUTE_TYPE, 2, BEGINS_WITH, 2,
      CONTAINS, 2, SIZE, 1, IF_NOT_EXISTS, 2, LIST_APPEND, 2);

  /** Functions that are conditions in themselves rather than operands. */
  private static final Set<String> BOOLEAN = Set.of(
      ATTRIBUTE_EXISTS, ATTRIBUTE_NOT_EXISTS, ATTRIBUTE_TYPE, BEGINS_WITH, CONTAINS);

  private static final Set<String> UPDATE_ONLY = Set.of(IF_NOT_EXISTS, LIST_APPEND);

  private Functions() {}

  /** Whether {@code name} is a function at all; names are case-sensitive. */
  static boolean exists(String name) {
    return ARITY.containsKey(name);
  }

  static int arity(String name) {
    return ARITY.get(name);
  }

  static boolean isBoolean(String name) {
    return BOOLEAN.contains(name);
  }

  static boolean isUpdateOnly(String name) {
    return UPDATE_ONLY.contains(name);
  }
}
