package io.dynasql.tck.bench;

import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.ItemResponse;
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
import org.lmdbjava.Dbi;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.Env;
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

/**
 * GetItem of a random key: dynasql and the raw LMDB point-get floor. (DynamoDB Local, the
 * in-process baseline of earlier runs, left the build with its vendor licence; docs/benchmarks.md.)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetItemBench {

  @State(Scope.Benchmark)
  public static class Dynasql {
    Path dir;
    Database db;
    List<Map<String, AttributeValue>> keys = new ArrayList<>();

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("get");
      db = BenchData.open(dir, DatabaseOptions.DEFAULT.withSync(false), false);
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      for (int i = 0; i < BenchData.ITEMS; i++) {
        items.add(BenchData.item(i, -1));
        keys.add(Map.of("pk", s(BenchData.pk(i))));
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
    byte[][] keys = new byte[BenchData.ITEMS][];
    /** The key goes to LMDB from direct memory, as the DirectBuffer proxy requires. */
    UnsafeBuffer key = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
    UnsafeBuffer view = new UnsafeBuffer(0, 0);

    @Setup(Level.Trial)
    public void setup() {
      dir = BenchData.tempDir("get-raw");
      env = BenchData.rawEnv(dir);
      dbi = env.openDbi("data", DbiFlags.MDB_CREATE);
      UnsafeBuffer k = new UnsafeBuffer(ByteBuffer.allocateDirect(64));
      UnsafeBuffer v = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
      try (Txn<DirectBuffer> txn = env.txnWrite()) {
        for (int i = 0; i < BenchData.ITEMS; i++) {
          keys[i] = BenchData.utf8(BenchData.pk(i));
          byte[] value = ItemCodec.encode(BenchData.item(i, -1));
          k.putBytes(0, keys[i]);
          v.putBytes(0, value);
          dbi.put(txn, new UnsafeBuffer(k, 0, keys[i].length), new UnsafeBuffer(v, 0, value.length));
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
  public ItemResponse dynasql(Dynasql st) {
    var key = st.keys.get(ThreadLocalRandom.current().nextInt(st.keys.size()));
    return st.db.getItem(GetItemRequest.of(BenchData.TABLE, key));
  }

  @Benchmark
  public byte[] rawLmdb(Raw st) {
    byte[] k = st.keys[ThreadLocalRandom.current().nextInt(st.keys.length)];
    try (Txn<DirectBuffer> txn = st.env.txnRead()) {
      st.key.putBytes(0, k);
      st.view.wrap(st.key, 0, k.length);
      DirectBuffer v = st.dbi.get(txn, st.view);
      byte[] out = new byte[v.capacity()];
      v.getBytes(0, out);
      return out;
    }
  }
}
