package io.dynasql.engine.check;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.InternalServerError;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.store.Meta;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dynasql salvage}: copies every readable item of a (damaged) database, and its catalog,
 * into a new database. Items are written through the engine, so the new database's index
 * entries and statistics are rebuilt from them. Leaf pages cut off by a damaged branch page are
 * read directly, so such a page loses only itself.
 */
public final class Salvage {
  /**
   * What was copied.
   *
   * @param copied items copied, by table
   * @param lost items the source's statistics count that could not be read, by table; -1 when
   *     the statistics themselves are lost
   * @param problems what was damaged
   */
  public record Result(Map<String, Long> copied, Map<String, Long> lost, List<String> problems) {
    public long copiedTotal() { return copied.values().stream().mapToLong(Long::longValue).sum(); }

    public long lostTotal() { return lost.values().stream().mapToLong(Long::longValue).filter(n -> n > 0).sum(); }

    /** Whether every table's lost count is known. */
    public boolean lossKnown() { return lost.values().stream().allMatch(n -> n >= 0); }
  }

  private Salvage() {}

  /** Copies {@code from} into the new database {@code to}, which must not exist or be empty. */
  public static Result run(Path from, Path to) {
    if (Files.exists(to.resolve("data.mdb"))) throw new InternalServerError(to + " already holds a database");
    List<String> problems = new ArrayList<>();
    Map<String, Long> copied = new LinkedHashMap<>();
    Map<String, Long> lost = new LinkedHashMap<>();
    try (DataFile file = new DataFile(from, problems::add); Database out = Database.open(to)) {
      for (TableDescriptor t : file.tables().values()) {
        out.createTable(request(t));
        copied.put(t.name(), 0L);
      }
      Set<ByteBuffer> seen = new HashSet<>();
      Map<String, List<WriteRequest>> batch = new LinkedHashMap<>();
      java.util.function.Consumer<Entry> copy = e -> {
        if (e.index() != null || !seen.add(ByteBuffer.wrap(e.key()))) return;
        List<WriteRequest> b = batch.computeIfAbsent(e.table().name(), n -> new ArrayList<>());
        b.add(WriteRequest.put(e.item()));
        copied.merge(e.table().name(), 1L, Long::sum);
        if (b.size() == 25) flush(out, batch);
      };
      if (!file.data(copy)) file.orphans(copy);
      flush(out, batch);
      Map<String, Long> counters = file.meta();
      for (TableDescriptor t : file.tables().values()) {
        Long recorded = counters.get(Meta.countKey(t.keyspace()));
        lost.put(t.name(), recorded == null ? -1 : Math.max(0, recorded - copied.get(t.name())));
      }
    }
    return new Result(copied, lost, List.copyOf(problems));
  }

  private static void flush(Database out, Map<String, List<WriteRequest>> batch) {
    for (Map.Entry<String, List<WriteRequest>> e : batch.entrySet()) {
      if (!e.getValue().isEmpty()) out.batchWriteItem(Map.of(e.getKey(), List.copyOf(e.getValue())));
      e.getValue().clear();
    }
  }

  private static CreateTableRequest request(TableDescriptor t) {
    List<SecondaryIndex> global = new ArrayList<>();
    List<SecondaryIndex> local = new ArrayList<>();
    for (IndexDescriptor i : t.indexes()) {
      SecondaryIndex s = new SecondaryIndex(i.name(), i.keySchema(), i.projectionType(), i.nonKeyAttributes());
      (i.kind() == IndexKind.GLOBAL ? global : local).add(s);
    }
    return new CreateTableRequest(t.name(), t.keySchema(), global, local, t.billingMode(), t.readCapacity(),
        t.writeCapacity(), t.tableClass(), t.columns());
  }
}
