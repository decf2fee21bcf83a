package io.dynasql.pushdown.backend;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.model.AttributeValue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sketch keeps the largest keys it is told of, at most {@link PartitionSketch#CAPACITY}. */
class PartitionSketchTest {
  private static PartitionSketch full() {
    PartitionSketch sketch = PartitionSketch.EMPTY;
    for (int i = 1; i <= PartitionSketch.CAPACITY; i++) sketch = sketch.with(s("k" + i), i * 10L);
    return sketch;
  }

  @Test
  void aLargerKeyPushesOutTheSmallestAndASmallerOneChangesNothing() {
    PartitionSketch sketch = full();
    PartitionSketch larger = sketch.with(s("hot"), 5000);
    assertEquals(5000, larger.itemsOf(s("hot")).orElse(-1));
    assertTrue(larger.itemsOf(s("k1")).isEmpty(), "the smallest key (10 items) went out");
    assertEquals(PartitionSketch.CAPACITY, larger.largest().size());
    assertSame(sketch, sketch.with(s("small"), 5));
    assertSame(sketch, sketch.with(s("k3"), 30));
  }

  @Test
  void aKnownKeyTakesItsNewSizeAndTheKnownItemsAddUp() {
    PartitionSketch sketch = full().with(s("k16"), 1);
    assertEquals(1, sketch.itemsOf(s("k16")).orElse(-1));
    long sum = 0;
    for (int i = 1; i <= 15; i++) sum += i * 10L;
    assertEquals(sum + 1, sketch.knownItems());
  }

  @Test
  void moreKeysThanItsCapacityAreRefused() {
    Map<AttributeValue, Long> many = new HashMap<>();
    for (int i = 0; i <= PartitionSketch.CAPACITY; i++) many.put(s("k" + i), 1L);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PartitionSketch(many));
    assertTrue(e.getMessage().contains("at most " + PartitionSketch.CAPACITY), e.getMessage());
  }
}
