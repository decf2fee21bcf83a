package io.dynasql.engine.store.file;

import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page is walked at open, whatever the file's size, unless the data file is exactly as it
 * was when last known good ({@code dynasql.verified}); any change walks it again and finds the
 * damage. File times are set explicitly (an old file is one whose time is in the past), never
 * waited for.
 */
class VerifiedStateTest {
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

  private long walksOf(Runnable open) {
    long before = OpenCheck.WALKS.get();
    open.run();
    return OpenCheck.WALKS.get() - before;
  }

  private void ageDataFile(long seconds) throws Exception {
    Files.setLastModifiedTime(data, FileTime.from(Instant.now().minusSeconds(seconds).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
  }

  @Test
  void aFileUnchangedSinceItsLastWalkIsNotWalkedAgain() throws Exception {
    ageDataFile(60);
    assertEquals(1, walksOf(() -> OpenCheck.check(dir)));
    assertEquals(0, walksOf(() -> OpenCheck.check(dir)), "unchanged since the walk: no second walk");
    assertEquals(0, walksOf(() -> Database.open(dir, io.dynasql.engine.DatabaseOptions.DEFAULT.withReadOnly(true)).close()));
  }

  @Test
  void aFileChangedJustBeforeItsRecordIsWalkedEveryTime() {
    // the file was written a moment ago (by createDatabase): a later write could share its coarse file time
    assertEquals(1, walksOf(() -> OpenCheck.check(dir)));
    assertEquals(1, walksOf(() -> OpenCheck.check(dir)));
  }

  @Test
  void aWriteByAnotherProcessThatDidNotCloseIsSeenByItsTransactionId() throws Exception {
    ageDataFile(60);
    OpenCheck.check(dir);
    try (Database db = Database.open(dir)) {
      db.putItem(PutItemRequest.of("Items", Map.of("pk", s("new"), "v", n(1))));
    }
    ageDataFile(30); // as if long ago, so only the transaction id tells
    assertEquals(1, walksOf(() -> OpenCheck.check(dir)));
  }

  @Test
  void damageDoneAfterTheRecordIsFoundAtTheNextOpen() throws Exception {
    ageDataFile(60);
    OpenCheck.check(dir);
    long root;
    try (LmdbFile file = LmdbFile.open(data)) {
      root = NamedDbs.read(file).get("data").root();
    }
    try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
      f.seek(root * MetaPage.DEFAULT_PAGE_SIZE + 10); // the page's flags: neither branch nor leaf
      f.write(new byte[] {0, 0});
    }
    ageDataFile(30);
    DamagedDataException e = assertThrows(DamagedDataException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("page " + root) && e.getMessage().contains("'data' database"), e.getMessage());
  }

  @Test
  void aCopyIsWalkedEvenWithTheSameTimesAndRecord() throws Exception {
    ageDataFile(60);
    OpenCheck.check(dir);
    Path copy = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-copy"));
    for (String name : new String[] {OpenCheck.DATA_FILE, FormatMarker.FILE, VerifiedState.FILE}) {
      Files.copy(dir.resolve(name), copy.resolve(name), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    }
    assertEquals(Files.getLastModifiedTime(data), Files.getLastModifiedTime(copy.resolve(OpenCheck.DATA_FILE)));
    assertEquals(1, walksOf(() -> OpenCheck.check(copy)), "another file: its own identity");
  }
}
