package io.dynasql.engine.backup;

import io.dynasql.engine.error.DamagedDataException;
import io.dynasql.engine.error.InternalServerError;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * A file of byte records, the form backups keep items and changes in: a magic line, then each
 * record as its length (4 bytes) and bytes, then -1, the number of records and a CRC-32 of every
 * length and record. A file cut short or changed fails to read with a DamagedDataException naming
 * it, instead of restoring a table with items missing.
 */
final class RecordFile {
  private static final byte[] MAGIC = "dynasql records 1\n".getBytes(StandardCharsets.US_ASCII);

  private RecordFile() {}

  /** Writes records to a new file; close it to finish the trailer. */
  static final class Writer implements AutoCloseable {
    private final DataOutputStream out;
    private final CRC32 crc = new CRC32();
    private long count;

    Writer(Path file) {
      try {
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        out.write(MAGIC);
      } catch (IOException e) {
        throw new InternalServerError("Cannot write backup file " + file + ": " + e.getMessage(), e);
      }
    }

    void add(byte[] record) {
      try {
        out.writeInt(record.length);
        out.write(record);
      } catch (IOException e) {
        throw new InternalServerError("Cannot write backup file: " + e.getMessage(), e);
      }
      crc.update(record.length >>> 24);
      crc.update(record.length >>> 16);
      crc.update(record.length >>> 8);
      crc.update(record.length);
      crc.update(record);
      count++;
    }

    long count() {
      return count;
    }

    @Override
    public void close() {
      try (DataOutputStream o = out) {
        o.writeInt(-1);
        o.writeLong(count);
        o.writeLong(crc.getValue());
      } catch (IOException e) {
        throw new InternalServerError("Cannot finish backup file: " + e.getMessage(), e);
      }
    }
  }

  /** Hands every record of {@code file} to {@code each}, in order; checks the trailer at the end. */
  static void read(Path file, Consumer<byte[]> each) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) throw damaged(file, "it does not start as a dynasql backup file does");
      CRC32 crc = new CRC32();
      long count = 0;
      while (true) {
        int n = in.readInt();
        if (n == -1) break;
        if (n < 0) throw damaged(file, "a record has length " + n);
        byte[] record = in.readNBytes(n);
        if (record.length != n) throw damaged(file, "it ends inside a record");
        crc.update(n >>> 24);
        crc.update(n >>> 16);
        crc.update(n >>> 8);
        crc.update(n);
        crc.update(record);
        count++;
        try {
          each.accept(record);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
          throw damaged(file, "record " + count + " does not decode (" + e.getMessage() + ")");
        }
      }
      long expected = in.readLong();
      long sum = in.readLong();
      if (expected != count || sum != crc.getValue()) {
        throw damaged(file, "its trailer says " + expected + " records, checksum " + Long.toHexString(sum)
            + ", but it holds " + count + ", checksum " + Long.toHexString(crc.getValue()));
      }
    } catch (EOFException e) {
      throw damaged(file, "it ends before its trailer");
    } catch (IOException e) {
      throw new InternalServerError("Cannot read backup file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads {@code file} through, checking its trailer, without keeping anything (before a restore writes). */
  static void verify(Path file) {
    read(file, record -> { });
  }

  private static DamagedDataException damaged(Path file, String why) {
    return new DamagedDataException("Backup file " + file + " is damaged: " + why);
  }
}
