package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a resolved update expression to an item, as a pure function. Every value is computed
 * from the old item before anything is written ({@code SET a = :v, b = a} copies the old
 * {@code a}), then the writes are made on a copy.
 */
public final class UpdateApplier {
  private UpdateApplier() {}

  /**
   * The item after {@code update}.
   *
   * @param oldItem the current item, or an empty map when there is none
   * @param keyAttributes the table's key attribute names, which no action may touch
   */
  public static UpdateResult apply(UpdateExpression update, Map<String, AttributeValue> oldItem,
      Set<String> keyAttributes) {
    for (UpdateAction action : update.actions()) {
      String attribute = action.path().attribute();
      if (keyAttributes.contains(attribute)) throw Errors.keyAttribute(attribute);
    }
    List<AttributeValue> computed = new ArrayList<>();
    for (UpdateAction action : update.actions()) computed.add(compute(action, oldItem));
    Draft draft = new Draft(oldItem);
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < update.actions().size(); i++) {
      UpdateAction action = update.actions().get(i);
      AttributeValue value = computed.get(i);
      paths.add(action.path());
      if (action instanceof UpdateAction.Remove) {
        draft.remove(action.path(), oldItem.isEmpty());
      } else if (value != null) {
        draft.set(action.path(), value);
      } else if (Documents.get(oldItem, action.path()) != null) {
        draft.remove(action.path(), false);
      } else {
        draft.checkWritable(action.path());
      }
    }
    return new UpdateResult(draft.finish(), paths);
  }

  /** The value an action writes; null means remove (or, for DELETE on nothing, leave alone). */
  private static AttributeValue compute(UpdateAction action, Map<String, AttributeValue> item) {
    if (action instanceof UpdateAction.Set s) return checkNotEmpty(UpdateValues.evaluate(s.value(), item));
    if (action instanceof UpdateAction.Remove) return null;
    AttributeValue existing = Documents.get(item, action.path());
    if (action instanceof UpdateAction.Add a) {
      return existing == null ? a.value().value() : UpdateValues.add(existing, a.value().value());
    }
    UpdateAction.Delete d = (UpdateAction.Delete) action;
    return existing == null ? null : UpdateValues.delete(existing, d.value().value());
  }

  /** Sets may not be empty; code-built trees could try to store one. */
  private static AttributeValue checkNotEmpty(AttributeValue v) {
    if (v instanceof AttributeValue.SS s && s.values().isEmpty()) throw Errors.emptySet("string");
    if (v instanceof AttributeValue.NS s && s.values().isEmpty()) throw Errors.emptySet("number");
    if (v instanceof AttributeValue.BS s && s.values().isEmpty()) throw Errors.emptySet("binary");
    return v;
  }
}
