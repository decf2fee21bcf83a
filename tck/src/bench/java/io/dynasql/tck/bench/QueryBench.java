package io.dynasql.tck.bench;

import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.PageResponse;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.codec.ItemCodec;
import io.dynasql.engine.model.AttributeValue;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.lmdbjava.Cursor;
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
import org.lmdbjava.GetOp;
import org.lmdbjava.Txn;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Query returning the 10 items of one random partition key ({@value #PARTITIONS} partitions of
 * {@value #PER_PARTITION} sort keys): dynasql vs a raw LMDB cursor reading the same 10 values.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QueryBench {
  static final int PARTITIONS = 10_000;
  static final int PER_PARTITION = 10;

  @State(Scope.Benchmark)
  public static class Dynasql {
    Path dir;
    Database db;
    List<Map<String, AttributeValue>> values = new ArrayList<>();

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("query");
      db = BenchData.open(dir, DatabaseOptions.DEFAULT.withSync(false), true);
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      for (int p = 0; p < PARTITIONS; p++) {
        for (int sk = 0; sk < PER_PARTITION; sk++) items.add(BenchData.item(p, sk));
        values.add(Map.of(":p", s(BenchData.pk(p))));
      }
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
    /** Partition prefixes: UTF-8 of pk, then 0x00; a full key adds one byte for the sort key. */
    byte[][] prefixes = new byte[PARTITIONS][];
    UnsafeBuffer key = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
    UnsafeBuffer view = new UnsafeBuffer(0, 0);

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("query-raw");
      env = BenchData.rawEnv(dir);
      dbi = env.openDbi("data", DbiFlags.MDB_CREATE);
      UnsafeBuffer v = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
      try (Txn<DirectBuffer> txn = env.txnWrite()) {
        for (int p = 0; p < PARTITIONS; p++) {
          byte[] pk = BenchData.utf8(BenchData.pk(p));
          prefixes[p] = java.util.Arrays.copyOf(pk, pk.length + 1);
          for (int sk = 0; sk < PER_PARTITION; sk++) {
            key.putBytes(0, prefixes[p]);
            key.putByte(prefixes[p].length, (byte) sk);
            byte[] value = ItemCodec.encode(BenchData.item(p, sk));
            v.putBytes(0, value);
            dbi.put(txn, new UnsafeBuffer(key, 0, prefixes[p].length + 1), new UnsafeBuffer(v, 0, value.length));
          }
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
  public PageResponse dynasql(Dynasql st) {
    var values = st.values.get(ThreadLocalRandom.current().nextInt(st.values.size()));
    PageResponse r = st.db.query(QueryRequest.builder(BenchData.TABLE).keyCondition("pk = :p").values(values).build());
    if (r.count() != PER_PARTITION) throw new IllegalStateException("query returned " + r.count());
    return r;
  }

  @Benchmark
  public int rawLmdb(Raw st, Blackhole bh) {
    byte[] prefix = st.prefixes[ThreadLocalRandom.current().nextInt(st.prefixes.length)];
    int n = 0;
    try (Txn<DirectBuffer> txn = st.env.txnRead(); Cursor<DirectBuffer> c = st.dbi.openCursor(txn)) {
      st.key.putBytes(0, prefix);
      st.view.wrap(st.key, 0, prefix.length);
      boolean found = c.get(st.view, GetOp.MDB_SET_RANGE); // then walk until the prefix ends, as a range scan does
      while (found && startsWith(c.key(), prefix)) {
        DirectBuffer v = c.val();
        byte[] out = new byte[v.capacity()];
        v.getBytes(0, out);
        bh.consume(out);
        n++;
        found = c.next();
      }
    }
    if (n != PER_PARTITION) throw new IllegalStateException("range returned " + n);
    return n;
  }

  private static boolean startsWith(DirectBuffer k, byte[] prefix) {
    if (k.capacity() < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (k.getByte(i) != prefix[i]) return false;
    }
    return true;
  }
}
