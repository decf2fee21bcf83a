package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The map a decoded item is: attribute names and values in two arrays, in stored order, found by
 * a scan that compares references first (decoded names come from {@link NameCache}, so a lookup
 * with the same name is usually the same String). Cheaper to build than a LinkedHashMap (no
 * hashing, no table, no entry objects) for the handful of attributes items usually have; past
 * {@value #INDEXED} attributes a hash index keeps lookups constant-time. A full, mutable Map.
 */
final class ItemMap extends AbstractMap<String, AttributeValue> {
  /** Attributes up to which a scan beats hashing. */
  private static final int INDEXED = 16;

  private String[] keys;
  private AttributeValue[] values;
  private int size;
  /** Name to position, once there are more than {@value #INDEXED} attributes; else null. */
  private HashMap<String, Integer> index;

  private static final String[] NO_KEYS = {};
  private static final AttributeValue[] NO_VALUES = {};

  ItemMap(int capacity) {
    keys = new String[Math.max(capacity, 1)];
    values = new AttributeValue[keys.length];
  }

  /** An empty map with no room yet, for a decoder that knows the count next ({@link #ensureCapacity}). */
  ItemMap() {
    keys = NO_KEYS;
    values = NO_VALUES;
  }

  /** Makes room for {@code capacity} attributes in all. */
  void ensureCapacity(int capacity) {
    if (keys.length >= capacity) return;
    // new arrays and a loop rather than Arrays.copyOf, whose typed copy is slower for the few names an item has
    String[] k = new String[capacity];
    AttributeValue[] v = new AttributeValue[capacity];
    for (int i = 0; i < size; i++) {
      k[i] = keys[i];
      v[i] = values[i];
    }
    keys = k;
    values = v;
  }

  private int find(Object name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) if (keys[i] == name) return i;
    if (name == null) return -1;
    for (int i = 0; i < size; i++) if (keys[i].equals(name)) return i;
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object name) {
    return find(name) >= 0;
  }

  @Override
  public AttributeValue get(Object name) {
    int i = find(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public AttributeValue put(String name, AttributeValue value) {
    if (name == null) throw new NullPointerException("attribute name");
    int i = find(name);
    if (i >= 0) {
      AttributeValue old = values[i];
      values[i] = value;
      return old;
    }
    append(name, value);
    return null;
  }

  /** Adds an attribute known to be absent (the decoder: stored items never repeat a name). */
  void append(String name, AttributeValue value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, Math.max(size * 2, 1));
      values = Arrays.copyOf(values, keys.length);
    }
    keys[size] = name;
    values[size] = value;
    if (index != null) index.put(name, size);
    size++;
    if (index == null && size > INDEXED) reindex();
  }

  @Override
  public AttributeValue remove(Object name) {
    int i = find(name);
    return i < 0 ? null : removeAt(i);
  }

  private AttributeValue removeAt(int i) {
    AttributeValue old = values[i];
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    keys[size] = null;
    values[size] = null;
    if (index != null) reindex();
    return old;
  }

  private void reindex() {
    index = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) index.put(keys[i], i);
  }

  /** A map of its own with the same attributes, at their count's size (the decoder's reused map, kept). */
  ItemMap copy() {
    ItemMap c = new ItemMap();
    c.ensureCapacity(size);
    // a loop, not arraycopy: a few references into new arrays, without the collector's array-copy barrier call
    for (int i = 0; i < size; i++) {
      c.keys[i] = keys[i];
      c.values[i] = values[i];
    }
    c.size = size;
    if (index != null) c.reindex();
    return c;
  }

  @Override
  public void clear() {
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    index = null;
  }

  @Override
  public Set<Entry<String, AttributeValue>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, AttributeValue>> iterator() {
        return new Iterator<>() {
          private int next;
          private int last = -1;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, AttributeValue> next() {
            if (next >= size) throw new NoSuchElementException();
            last = next++;
            return new Slot(last);
          }

          @Override
          public void remove() {
            if (last < 0) throw new IllegalStateException();
            removeAt(last);
            next = last;
            last = -1;
          }
        };
      }
    };
  }

  /** An entry that reads and writes through to its position. */
  private final class Slot extends SimpleEntry<String, AttributeValue> {
    private final int at;

    Slot(int at) {
      super(keys[at], values[at]);
      this.at = at;
    }

    @Override
    public AttributeValue setValue(AttributeValue value) {
      super.setValue(value);
      AttributeValue old = values[at];
      values[at] = value;
      return old;
    }
  }
}
