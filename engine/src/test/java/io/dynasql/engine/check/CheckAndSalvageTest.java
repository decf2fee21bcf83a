package io.dynasql.engine.check;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.store.file.LmdbFile;
import io.dynasql.engine.store.file.NamedDbs;
import io.dynasql.engine.store.file.Page;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check finds a damaged value and a damaged branch page; salvage copies everything else. */
class CheckAndSalvageTest {
  static final int ITEMS = 2000;
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void create() {
    db = dir.resolve("db");
    try (Database d = Database.open(db)) {
      d.createTable(CreateTableRequest.of("Orders", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
          .withGlobalIndexes(SecondaryIndex.all("ByStatus", KeySchema.of("status", AttributeType.S, "sk", AttributeType.N)))
          .withLocalIndexes(SecondaryIndex.all("ByTotal", KeySchema.of("pk", AttributeType.S, "total", AttributeType.N))));
      List<WriteRequest> batch = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        batch.add(WriteRequest.put(Map.of("pk", s("c" + (i % 50)), "sk", n(i), "status", s("s" + (i % 7)),
            "total", n(i * 3), "note", s("order number " + i))));
        if (batch.size() == 25) {
          d.batchWriteItem(Map.of("Orders", batch));
          batch = new ArrayList<>();
        }
      }
    }
  }

  @Test
  void aCleanDatabaseChecksClean() {
    Checker.Report r = Checker.check(db);
    assertTrue(r.clean(), r.problems().toString());
    assertEquals(ITEMS, r.items());
    assertEquals(2 * ITEMS, r.indexEntries());
  }

  @Test
  void longKeysCheckCleanAndSalvageWhole() {
    Path longDb = dir.resolve("long");
    String shared = "k".repeat(1_500);
    try (Database d = Database.open(longDb)) {
      d.createTable(CreateTableRequest.of("Docs", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.S))
          .withGlobalIndexes(SecondaryIndex.all("ByTag", KeySchema.of("tag", AttributeType.S))));
      for (int i = 0; i < 40; i++) {
        d.batchWriteItem(Map.of("Docs", List.of(WriteRequest.put(Map.of("pk", s(shared + (i % 3)),
            "sk", s("s".repeat(900) + i), "tag", s("t".repeat(1_200) + (i % 5)))))));
      }
    }
    Checker.Report r = Checker.check(longDb);
    assertTrue(r.clean(), r.problems().toString());
    assertEquals(40, r.items());
    assertEquals(40, r.indexEntries());
    Salvage.Result copy = Salvage.run(longDb, dir.resolve("long-copy"));
    assertEquals(40, copy.copiedTotal(), copy.toString());
    assertTrue(Checker.check(dir.resolve("long-copy")).clean());
  }

  @Test
  void aDamagedValueIsReportedAndTheRestSalvaged() throws Exception {
    long leaf = dataPage(false);
    flip(leaf * 4096 + 4096 - 20);
    Checker.Report r = Checker.check(db);
    assertFalse(r.clean());
    assertTrue(r.problems().stream().anyMatch(p -> p.contains("damaged value in") && p.contains("checksum")), r.problems().toString());
    Salvage.Result s = Salvage.run(db, dir.resolve("copy"));
    assertEquals(ITEMS, s.copiedTotal() + s.lostTotal());
    assertTrue(s.copiedTotal() >= ITEMS - 1, s.toString());
    assertTrue(Checker.check(dir.resolve("copy")).clean());
  }

  @Test
  void aDamagedBranchPageLosesOnlyItself() throws Exception {
    long branch = dataPage(true);
    flip(branch * 4096 + 10); // the page's flags
    Checker.Report r = Checker.check(db);
    assertTrue(r.problems().stream().anyMatch(p -> p.contains("page " + branch)), r.problems().toString());
    Salvage.Result s = Salvage.run(db, dir.resolve("copy"));
    assertEquals(ITEMS, s.copiedTotal(), s.toString());
    assertEquals(0, s.lostTotal());
  }

  /** A branch page (or a leaf page) of the data tree. */
  private long dataPage(boolean branch) {
    try (LmdbFile f = LmdbFile.open(db.resolve("data.mdb"))) {
      long pgno = NamedDbs.read(f).get("data").root();
      Page p = f.page(pgno);
      if (branch) return pgno;
      while (p.isBranch()) {
        p.check(Page.P_BRANCH);
        pgno = p.node(1).pgno();
        p = f.page(pgno);
      }
      return pgno;
    }
  }

  private void flip(long at) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(db.resolve("data.mdb").toFile(), "rw")) {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x5A);
    }
  }
}
