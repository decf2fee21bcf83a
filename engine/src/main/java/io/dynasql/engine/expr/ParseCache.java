package io.dynasql.engine.expr;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A bounded, thread-safe cache of parse results keyed by grammar and text. Only successful
 * parses are stored. When full it drops an arbitrary entry: clients repeat a few expressions
 * many times, so anything simpler than LRU keeps the hot ones well enough.
 */
final class ParseCache {
  private record Key(String grammar, String text) {}

  private final int capacity;
  private final ConcurrentHashMap<Key, Object> entries = new ConcurrentHashMap<>();

  ParseCache(int capacity) {
    this.capacity = capacity;
  }

  @SuppressWarnings("unchecked")
  <T> T get(String grammar, String text, Supplier<T> parse) {
    Key key = new Key(grammar, text);
    Object cached = entries.get(key);
    if (cached != null) return (T) cached;
    T parsed = parse.get();
    if (entries.size() >= capacity) {
      Iterator<Key> victims = entries.keySet().iterator();
      if (victims.hasNext()) entries.remove(victims.next());
    }
    entries.put(key, parsed);
    return parsed;
  }

  int size() {
    return entries.size();
  }
}
