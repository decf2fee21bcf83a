package io.dynasql.engine.exchange;

import io.dynasql.engine.ops.Engine;
import io.dynasql.engine.store.RangeCursor;
import io.dynasql.engine.store.Scratch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Keeps export and import descriptions in the {@code meta} database under
 * {@code exchange.<kind>.<arn>}, written through the single writer like every change, so they
 * outlive the process that made them (DynamoDB lists exports and imports for days). A read-only
 * database can export but not write: its descriptions are kept in memory only, for its life.
 */
final class DescriptionStore<T> {
  private final Engine engine;
  private final String prefix;
  private final Function<T, byte[]> encode;
  private final Function<byte[], T> decode;
  private final java.util.Map<String, T> unsaved = new java.util.concurrent.ConcurrentHashMap<>();

  DescriptionStore(Engine engine, String kind, Function<T, byte[]> encode, Function<byte[], T> decode) {
    this.engine = engine;
    this.prefix = "exchange." + kind + ".";
    this.encode = encode;
    this.decode = decode;
  }

  void put(String arn, T description) {
    if (engine.store().readOnly()) {
      unsaved.put(arn, description);
      return;
    }
    byte[] key = (prefix + arn).getBytes(StandardCharsets.UTF_8);
    byte[] value = encode.apply(description);
    engine.writer().submit(txn -> {
      Scratch s = Scratch.get();
      engine.store().writes().put(engine.store().meta(), txn, s.view(0, key), s.view(1, value));
      return null;
    });
  }

  /** The description stored for {@code arn}, or null. */
  T get(String arn) {
    T kept = unsaved.get(arn);
    if (kept != null) return kept;
    byte[] key = (prefix + arn).getBytes(StandardCharsets.UTF_8);
    return engine.store().read(txn -> {
      var v = engine.store().meta().get(txn, Scratch.get().view(3, key));
      return v == null ? null : decode.apply(Scratch.toArray(v));
    });
  }

  /** Every stored description, in key order. */
  List<T> all() {
    byte[] low = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] high = Arrays.copyOf(low, low.length + 1);
    high[low.length] = (byte) 0xff;
    return engine.store().read(txn -> {
      List<T> out = new ArrayList<>(unsaved.values());
      try (RangeCursor c = new RangeCursor(engine.store().meta(), txn, low, high, true)) {
        while (c.next()) out.add(decode.apply(Scratch.toArray(c.val())));
      }
      return out;
    });
  }
}
