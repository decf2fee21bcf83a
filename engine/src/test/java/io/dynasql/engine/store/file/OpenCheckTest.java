package io.dynasql.engine.store.file;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmdbjava.DbiFlags;
import org.lmdbjava.DirectBufferProxy;
import org.lmdbjava.Env;

/** A truncated, emptied, lost or foreign data file is refused before LMDB maps it, naming what is wrong. */
class OpenCheckTest {
  @TempDir Path dir;
  Path data;

  @BeforeEach
  void createDatabase() {
    try (Database db = Database.open(dir)) {
      db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S)));
      for (int i = 0; i < 500; i++) db.putItem(PutItemRequest.of("Items", Map.of("pk", s("k" + i), "v", n(i))));
    }
    data = dir.resolve(OpenCheck.DATA_FILE);
  }

  @Test
  void aCreatedDatabaseHasItsMarkerAndReopens() {
    assertEquals(FormatMarker.VERSION, FormatMarker.read(dir));
    assertEquals(OpenCheck.State.MARKED, OpenCheck.check(dir));
    try (Database db = Database.open(dir)) {
      assertEquals(500, db.describeTable("Items").itemCount());
    }
  }

  @Test
  void aFileTruncatedByOnePageIsRefused() throws Exception {
    long length = Files.size(data);
    truncate(length - 4096);
    DamagedDataException e = assertThrows(DamagedDataException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("data.mdb") && e.getMessage().contains("was truncated")
        && e.getMessage().contains(String.format(java.util.Locale.ROOT, "%,d bytes", length - 4096)), e.getMessage());
  }

  @Test
  void anEmptyOrMissingFileIsRefusedWhenTheMarkerSaysADatabaseExisted() throws Exception {
    truncate(0);
    DamagedDataException e = assertThrows(DamagedDataException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("is empty (0 bytes)"), e.getMessage());
    assertEquals(0, Files.size(data), "nothing was started over the empty file");
    Files.delete(data);
    e = assertThrows(DamagedDataException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("is missing"), e.getMessage());
  }

  @Test
  void aFileThatIsNotLmdbIsRefused() throws Exception {
    Files.write(data, new byte[20_000]);
    DamagedDataException e = assertThrows(DamagedDataException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("is not an LMDB file"), e.getMessage());
  }

  @Test
  void aDamagedMetaPageIsRefused() throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
      f.seek(4096 + 20); // meta page 1's version
      f.writeInt(0x7F000000);
    }
    DamagedDataException e = assertThrows(DamagedDataException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("meta page 1"), e.getMessage());
  }

  @Test
  void anLmdbFileWithoutDynasqlsCatalogIsRefused() throws Exception {
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    try (Env<DirectBuffer> env = Env.create(DirectBufferProxy.PROXY_DB).setMaxDbs(2).open(other.toFile())) {
      env.openDbi("things", DbiFlags.MDB_CREATE);
    }
    DamagedDataException e = assertThrows(DamagedDataException.class, () -> Database.open(other));
    assertTrue(e.getMessage().contains("not a dynasql database"), e.getMessage());
    assertFalse(Files.exists(other.resolve(FormatMarker.FILE)));
  }

  @Test
  void aDatabaseFromBeforeMarkersOpensAndGetsOne() throws Exception {
    Files.delete(dir.resolve(FormatMarker.FILE));
    assertEquals(OpenCheck.State.UNMARKED, OpenCheck.check(dir));
    try (Database db = Database.open(dir)) {
      assertEquals(500, db.describeTable("Items").itemCount());
    }
    assertEquals(FormatMarker.VERSION, FormatMarker.read(dir));
  }

  private void truncate(long length) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
      f.setLength(length);
    }
  }
}
