package io.dynasql.engine.expr;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A copy-on-write working copy of an item that update actions write into. Maps and lists are
 * copied only along the paths written, so the input item is never changed.
 *
 * <p>List indexes always mean positions in the original list, as in DynamoDB: removals are
 * applied (highest first) and appends made only when the draft is finished, so {@code REMOVE
 * a[1] SET a[3] = :v} replaces the element that was at position 3.
 */
final class Draft {
  private final MapDraft root = new MapDraft();

  Draft(Map<String, AttributeValue> item) {
    root.entries.putAll(item);
  }

  /** A map being edited. */
  private static final class MapDraft {
    final Map<String, Object> entries = new LinkedHashMap<>();
  }

  /** A list being edited, with its pending appends and removals. */
  private static final class ListDraft {
    final List<Object> elements = new ArrayList<>();
    final NavigableMap<Integer, Object> appends = new TreeMap<>();
    final TreeSet<Integer> removals = new TreeSet<>();
  }

  /** Writes {@code value} at {@code path}; an index past the list's end appends. */
  void set(Path path, AttributeValue value) {
    PathElement last = last(path);
    Object parent = parentOf(path);
    if (parent == null) throw Errors.invalidDocumentPath();
    if (last instanceof PathElement.Name n && parent instanceof MapDraft m) {
      m.entries.put(n.name(), value);
    } else if (last instanceof PathElement.Index i && parent instanceof ListDraft l) {
      if (i.index() < l.elements.size()) l.elements.set(i.index(), value);
      else l.appends.put(i.index(), value);
    } else {
      throw Errors.invalidDocumentPath();
    }
  }

  /**
   * Removes what is at {@code path}; nothing there is fine, but a missing or wrong-typed parent
   * is an invalid path unless {@code lenient} (DynamoDB's rule when the item does not exist).
   */
  void remove(Path path, boolean lenient) {
    PathElement last = last(path);
    Object parent = parentOf(path);
    if (last instanceof PathElement.Name n && parent instanceof MapDraft m) {
      m.entries.remove(n.name());
    } else if (last instanceof PathElement.Index i && parent instanceof ListDraft l) {
      if (i.index() < l.elements.size()) l.removals.add(i.index());
    } else if (!lenient) {
      throw Errors.invalidDocumentPath();
    }
  }

  /** Fails unless {@code path}'s parent exists and can hold its last step. */
  void checkWritable(Path path) {
    PathElement last = last(path);
    Object parent = parentOf(path);
    boolean fits = (last instanceof PathElement.Name && parent instanceof MapDraft)
        || (last instanceof PathElement.Index && parent instanceof ListDraft);
    if (!fits) throw Errors.invalidDocumentPath();
  }

  /** The finished item. */
  Map<String, AttributeValue> finish() {
    return ((AttributeValue.M) freeze(root)).values();
  }

  private static PathElement last(Path path) {
    return path.elements().get(path.depth() - 1);
  }

  /** The container {@code path}'s last step lives in, made editable, or null if there is none. */
  private Object parentOf(Path path) {
    Object current = root;
    List<PathElement> steps = path.elements();
    for (int i = 0; i < steps.size() - 1 && current != null; i++) current = child(current, steps.get(i));
    return current;
  }

  /** One step down from an editable container, itself made editable; null unless a container. */
  private static Object child(Object container, PathElement step) {
    Object draft;
    if (step instanceof PathElement.Name n) {
      if (!(container instanceof MapDraft m) || !m.entries.containsKey(n.name())) return null;
      draft = draftOf(m.entries.get(n.name()));
      m.entries.put(n.name(), draft);
    } else {
      int index = ((PathElement.Index) step).index();
      if (!(container instanceof ListDraft l) || index >= l.elements.size()) return null;
      draft = draftOf(l.elements.get(index));
      l.elements.set(index, draft);
    }
    return draft instanceof MapDraft || draft instanceof ListDraft ? draft : null;
  }

  private static Object draftOf(Object value) {
    if (value instanceof AttributeValue.M m) {
      MapDraft d = new MapDraft();
      d.entries.putAll(m.values());
      return d;
    }
    if (value instanceof AttributeValue.L l) {
      ListDraft d = new ListDraft();
      d.elements.addAll(l.values());
      return d;
    }
    return value;
  }

  private static AttributeValue freeze(Object value) {
    if (value instanceof MapDraft m) {
      Map<String, AttributeValue> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : m.entries.entrySet()) out.put(e.getKey(), freeze(e.getValue()));
      return AttributeValue.m(out);
    }
    if (value instanceof ListDraft l) {
      List<AttributeValue> out = new ArrayList<>();
      for (int i = 0; i < l.elements.size(); i++) if (!l.removals.contains(i)) out.add(freeze(l.elements.get(i)));
      for (Object appended : l.appends.values()) out.add(freeze(appended));
      return AttributeValue.l(out);
    }
    return (AttributeValue) value;
  }
}
