package io.dynasql.tck.bench;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.lmdbjava.Cursor;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.Txn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A full Scan of {@value BenchData#ITEMS} items, scored in items/s: dynasql decodes every item and
 * pages through LastEvaluatedKey (1 MB pages); the raw floor walks one cursor in one transaction
 * and decodes one attribute per item with {@link ItemCodec#decodeAttribute}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScanBench {

  @State(Scope.Benchmark)
  public static class Dynasql {
    Path dir;
    Database db;

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("scan");
      db = BenchData.open(dir, DatabaseOptions.DEFAULT.withSync(false), false);
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      for (int i = 0; i < BenchData.ITEMS; i++) items.add(BenchData.item(i, -1));
      BenchData.load(db, items);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      db.close();
      BenchData.delete(dir);
    }
  }

  @State(Scope.Benchmark)
  public static class Raw {
    Path dir;
    Env<DirectBuffer> env;
    Dbi<DirectBuffer> dbi;
    byte[] copy = new byte[4096];

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("scan-raw");
      env = BenchData.rawEnv(dir);
      dbi = env.openDbi("data", DbiFlags.MDB_CREATE);
      UnsafeBuffer k = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
      UnsafeBuffer v = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
      try (Txn<DirectBuffer> txn = env.txnWrite()) {
        for (int i = 0; i < BenchData.ITEMS; i++) {
          byte[] key = BenchData.utf8(BenchData.pk(i));
          byte[] value = ItemCodec.encode(BenchData.item(i, -1));
          k.putBytes(0, key);
          v.putBytes(0, value);
          dbi.put(txn, new UnsafeBuffer(k, 0, key.length), new UnsafeBuffer(v, 0, value.length));
        }
        txn.commit();
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      env.close();
      BenchData.delete(dir);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BenchData.ITEMS)
  public int dynasql(Dynasql st, Blackhole bh) {
    int n = 0;
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = st.db.scan(ScanRequest.builder(BenchData.TABLE).exclusiveStartKey(start).build());
      bh.consume(page.items());
      n += page.count();
      start = page.lastEvaluatedKey();
    } while (start != null);
    if (n != BenchData.ITEMS) throw new IllegalStateException("scan returned " + n);
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(BenchData.ITEMS)
  public int rawLmdb(Raw st, Blackhole bh) {
    int n = 0;
    try (Txn<DirectBuffer> txn = st.env.txnRead(); Cursor<DirectBuffer> c = st.dbi.openCursor(txn)) {
      for (boolean found = c.first(); found; found = c.next()) {
        DirectBuffer v = c.val();
        int len = v.capacity();
        if (st.copy.length < len) st.copy = new byte[len * 2];
        v.getBytes(0, st.copy, 0, len);
        bh.consume(ItemCodec.decodeAttribute(ByteBuffer.wrap(st.copy, 0, len), "score"));
        n++;
      }
    }
    if (n != BenchData.ITEMS) throw new IllegalStateException("cursor returned " + n);
    return n;
  }
}
