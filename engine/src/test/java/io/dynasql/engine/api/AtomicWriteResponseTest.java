package io.dynasql.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The response names which actions it skipped, and its four-component constructor still serves a write that skipped none. */
class AtomicWriteResponseTest {
  @Test
  void fourComponentConstructorMeansNothingSkipped() {
    AtomicWriteResponse r = new AtomicWriteResponse(3, 0, 10, List.of());
    assertEquals(List.of(), r.skippedActions());
    assertEquals(0, r.skipped());
  }

  @Test
  void aSkipCountWithoutItsPositionsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AtomicWriteResponse(2, 1, 10, List.of()));
    assertEquals("1 actions skipped but 0 positions given", e.getMessage());
    assertEquals(List.of(0, 2), new AtomicWriteResponse(1, 2, 10, List.of(), List.of(0, 2)).skippedActions());
  }
}
