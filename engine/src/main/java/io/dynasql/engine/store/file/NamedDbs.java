package io.dynasql.engine.store.file;

import io.dynasql.engine.error.DamagedDataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** The named databases of an LMDB file (for dynasql: catalog, data, meta), read from its main tree. */
public final class NamedDbs {
  private NamedDbs() {}

  /**
   * Every named database of the last commit, by name.
   *
   * @throws DamagedDataException when the main tree is damaged
   */
  public static Map<String, DbRecord> read(LmdbFile file) {
    Map<String, DbRecord> out = new TreeMap<>();
    new TreeWalk(file, new TreeWalk.Visitor() {
      @Override
      public void entry(byte[] key, byte[] value) {
        if (value.length != DbRecord.SIZE) {
          throw new DamagedDataException(file.path().getFileName() + ": the main database's entry '"
              + new String(key, StandardCharsets.UTF_8) + "' is not a database record");
        }
        out.put(new String(key, StandardCharsets.UTF_8), DbRecord.read(ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN), 0));
      }

      @Override
      public void damaged(long pgno, byte[] key, String what) {
        throw new DamagedDataException(file.path().getFileName() + ": the main database's page " + pgno + " " + what);
      }
    }).walk(file.meta().main());
    return out;
  }
}
