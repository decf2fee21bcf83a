package io.dynasql.engine.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few idle objects kept for reuse by any thread. Each thread starts looking at a slot picked
 * from its id, so threads that take and give back one object at a time mostly touch slots no
 * other thread uses, and a take or give is one uncontended compare-and-set. Thread-locals would
 * be as cheap, but an object held by a thread that ends would never be given back or freed.
 */
final class IdleSlots<T> {
  private final AtomicReferenceArray<T> slots;
  private final int mask;

  /** @param size slots, a power of two */
  IdleSlots(int size) {
    if (Integer.bitCount(size) != 1) throw new IllegalArgumentException("size " + size);
    this.slots = new AtomicReferenceArray<>(size);
    this.mask = size - 1;
  }

  /** An idle object, now the caller's, or null when there is none. */
  T take() {
    int home = home();
    for (int i = 0; i <= mask; i++) {
      int slot = (home + i) & mask;
      T t = slots.get(slot);
      if (t != null && slots.compareAndSet(slot, t, null)) return t;
    }
    return null;
  }

  /** Keeps {@code t} for a later {@link #take()}; false when every slot is full. */
  boolean give(T t) {
    int home = home();
    for (int i = 0; i <= mask; i++) {
      int slot = (home + i) & mask;
      if (slots.get(slot) == null && slots.compareAndSet(slot, null, t)) return true;
    }
    return false;
  }

  /** Removes and returns every idle object. */
  List<T> drain() {
    List<T> out = new ArrayList<>();
    for (int slot = 0; slot <= mask; slot++) {
      T t = slots.getAndSet(slot, null);
      if (t != null) out.add(t);
    }
    return out;
  }

  @SuppressWarnings("deprecation") // Thread.getId: threadId() is Java 19+
  private int home() {
    return (int) ((Thread.currentThread().getId() * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}
