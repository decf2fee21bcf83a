package io.dynasql.engine.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.error.DamagedDataException;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** A walk whose keys stop increasing (a damaged page sent the cursor back) ends with an error, not a loop. */
class KeyOrderTest {
  private static UnsafeBuffer key(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < b.length; i++) b[i] = (byte) bytes[i];
    return new UnsafeBuffer(b);
  }

  @Test
  void forwardKeysMustStrictlyIncrease() {
    KeyOrder o = new KeyOrder(true);
    assertDoesNotThrow(() -> {
      o.advance(key(1, 2));
      o.advance(key(1, 2, 0));
      o.advance(key(0xFF));
    });
    DamagedDataException e = assertThrows(DamagedDataException.class, () -> o.advance(key(0xFF)));
    assertTrue(e.getMessage().contains("not above"), e.getMessage());
    assertThrows(DamagedDataException.class, () -> o.advance(key(1)));
  }

  @Test
  void backwardKeysMustStrictlyDecrease() {
    KeyOrder o = new KeyOrder(false);
    o.advance(key(9, 9, 9));
    o.advance(key(9, 9));
    assertThrows(DamagedDataException.class, () -> o.advance(key(9, 9, 1)));
  }
}
