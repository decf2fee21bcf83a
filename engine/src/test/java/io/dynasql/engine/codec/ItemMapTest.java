package io.dynasql.engine.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.model.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ItemMap} behaves as a LinkedHashMap does: the same random operations on both give the
 * same answers, contents, order, equals and hashCode, with few attributes (scanned) and many
 * (indexed).
 */
class ItemMapTest {
  @Test
  void randomOperationsMatchALinkedHashMap() {
    for (long seed = 1; seed <= 200; seed++) {
      Random r = new Random(seed);
      int names = 1 + r.nextInt(40); // past 16 the map indexes its names
      ItemMap map = new ItemMap(r.nextInt(4));
      Map<String, AttributeValue> model = new LinkedHashMap<>();
      for (int step = 0; step < 300; step++) {
        String name = "a" + r.nextInt(names);
        String copy = new String(name); // equal, not the same String: the scan must not rely on identity
        AttributeValue v = AttributeValue.n(r.nextInt(1000));
        String what = "seed " + seed + " step " + step;
        switch (r.nextInt(8)) {
          case 0: case 1: case 2: assertEquals(model.put(name, v), map.put(copy, v), what); break;
          case 3: assertEquals(model.remove(name), map.remove(copy), what); break;
          case 4: assertEquals(model.get(name), map.get(copy), what); break;
          case 5: assertEquals(model.containsKey(name), map.containsKey(copy), what); break;
          case 6: removeEveryThird(model.entrySet().iterator(), map.entrySet().iterator(), what); break;
          default: setEach(model, map, v); break;
        }
        assertEquals(new ArrayList<>(model.entrySet()), new ArrayList<>(map.entrySet()), what);
        assertEquals(model, map, what);
        assertEquals(map, model, what);
        assertEquals(model.hashCode(), map.hashCode(), what);
        assertEquals(model.size(), map.size(), what);
      }
    }
  }

  private static void removeEveryThird(Iterator<Map.Entry<String, AttributeValue>> model,
      Iterator<Map.Entry<String, AttributeValue>> map, String what) {
    for (int i = 0; model.hasNext(); i++) {
      assertEquals(model.next(), map.next(), what);
      if (i % 3 == 0) {
        model.remove();
        map.remove();
      }
    }
    assertEquals(false, map.hasNext(), what);
  }

  private static void setEach(Map<String, AttributeValue> model, ItemMap map, AttributeValue v) {
    for (Map.Entry<String, AttributeValue> e : model.entrySet()) e.setValue(v);
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) e.setValue(v);
  }

  @Test
  void misuseFailsAsMapsDo() {
    ItemMap map = new ItemMap(2);
    assertThrows(NullPointerException.class, () -> map.put(null, AttributeValue.n(1)));
    Iterator<Map.Entry<String, AttributeValue>> it = map.entrySet().iterator();
    assertThrows(java.util.NoSuchElementException.class, it::next);
    assertThrows(IllegalStateException.class, it::remove);
    map.append("a", AttributeValue.n(1));
    map.clear();
    assertEquals(Map.of(), map);
    assertEquals(null, map.get(null));
    assertEquals(List.of(), new ArrayList<>(map.keySet()));
  }
}
