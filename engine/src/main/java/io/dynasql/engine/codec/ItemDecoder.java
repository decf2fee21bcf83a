package io.dynasql.engine.codec;

import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link ItemFormat}. Collections are created at their final size and attribute names come
 * from {@link NameCache}, so decoding allocates little beyond the values themselves. While
 * decoding it adds up the item's DynamoDB size by {@link ItemSize}'s rules: stored strings and
 * names are the UTF-8 bytes ItemSize counts, so the sum is exact without a second walk over the
 * decoded item.
 */
final class ItemDecoder {
  /** Longest string (in bytes) remembered for the next item: a key is at most 2048 bytes, most far less. */
  private static final int REMEMBERED_STRING = 1024;

  private final ByteReader in;
  /** Size of everything decoded so far. */
  private int size;

  private ItemDecoder(ByteReader in) {
    this.in = in;
  }

  /** A whole item and its size; the reader must hold exactly one item. */
  static SizedItem item(ByteReader in) {
    return item(in, null);
  }

  /**
   * The attributes of an item named in {@code only} (all when null), and the size of the whole
   * item: the other attributes are measured and skipped (strings and binaries without being copied).
   */
  static SizedItem item(ByteReader in, Set<String> only) {
    return item(in, only, 0);
  }

  /** The same, for an item written by transaction {@code version} ({@link StoredValue}). */
  static SizedItem item(ByteReader in, Set<String> only, long version) {
    return item(in, only, version, TopLevelMemory.get());
  }

  /** The same, with the thread's {@code memory} already at hand. */
  static SizedItem item(ByteReader in, Set<String> only, long version, TopLevelMemory memory) {
    return new ItemDecoder(in).next(only, version, memory);
  }

  /** A decoder of the items {@code in} is {@link ByteReader#reset} to, one after another. */
  static ItemDecoder over(ByteReader in) {
    return new ItemDecoder(in);
  }

  /** The item {@code in} holds (exactly), as {@link #item(ByteReader, Set, long, TopLevelMemory)}. */
  SizedItem next(Set<String> only, long version, TopLevelMemory memory) {
    ItemMap item = new ItemMap();
    int itemSize = into(item, only, memory);
    return new SizedItem(item, itemSize, version);
  }

  /**
   * Decodes the item {@code in} holds (exactly) into {@code item}, cleared first (its arrays are
   * reused), and returns the item's size.
   */
  int into(ItemMap item, Set<String> only, TopLevelMemory memory) {
    size = 0;
    item.clear();
    int format = in.readByte();
    if (format != ItemFormat.VERSION) throw in.corrupt("unknown item format version " + format);
    attributes(memory, only, item);
    if (!in.atEnd()) throw in.corrupt("trailing bytes");
    return size;
  }

  /** The next value. */
  static AttributeValue value(ByteReader in) {
    return new ItemDecoder(in).value();
  }

  /** The entries of an M. */
  private Map<String, AttributeValue> members() {
    int n = in.readLength();
    Map<String, AttributeValue> map = new LinkedHashMap<>(capacity(n));
    for (int i = 0; i < n; i++) {
      int len = in.readLength();
      size += len;
      map.put(in.readName(len), value());
    }
    return map;
  }

  /**
   * The top-level attributes of an item, those in {@code only} (all when null), with names and
   * decisions, and strings equal to the previous item's at the same position, taken from
   * {@code memory}.
   */
  private void attributes(TopLevelMemory memory, Set<String> only, ItemMap item) {
    int n = in.readLength();
    item.ensureCapacity(only == null ? n : Math.min(n, only.size()));
    for (int i = 0; i < n; i++) {
      int len = in.readLength();
      size += len;
      String name = in.readName(len, memory.names, i);
      if (!memory.wanted(only, name, i)) {
        skipValue();
        continue;
      }
      int tag = in.readByte();
      // stored items never repeat a name
      item.append(name, tag == ItemFormat.S ? string(memory, i) : value(tag));
    }
  }

  /** A top-level string, shared with the previous item's at {@code position} when equal. */
  private AttributeValue.S string(TopLevelMemory memory, int position) {
    int len = in.readLength();
    size += len;
    AttributeValue.S same = memory.sameString(in.buffer(), in.position(), len, position);
    if (same != null) {
      in.skip(len);
      return same;
    }
    AttributeValue.S s = new AttributeValue.S(in.readString(len));
    if (len <= REMEMBERED_STRING) memory.rememberString(s, position);
    return s;
  }

  /** Moves past the next value, adding its size; strings and binaries are not copied. */
  private void skipValue() {
    int tag = in.readByte();
    if (tag == ItemFormat.S || tag == ItemFormat.B) {
      int len = in.readLength();
      size += len;
      in.skip(len);
    } else {
      value(tag);
    }
  }

  private AttributeValue value() {
    return value(in.readByte());
  }

  private AttributeValue value(int tag) {
    switch (tag) {
      case ItemFormat.S: return new AttributeValue.S(string());
      case ItemFormat.N_LONG: {
        // Straight from the stored digits: no BigDecimal unless someone asks the number for one.
        long unscaled = ItemFormat.unzigzag(in.readVarlong());
        int scale = scale();
        size += ItemSize.numberSize(unscaled, scale);
        return AttributeValue.N.of(unscaled, scale);
      }
      case ItemFormat.N_BIG: return new AttributeValue.N(number(tag));
      case ItemFormat.B: return new AttributeValue.B(Bytes.wrap(bytes()));
      case ItemFormat.TRUE: size += 1; return new AttributeValue.Bool(true);
      case ItemFormat.FALSE: size += 1; return new AttributeValue.Bool(false);
      case ItemFormat.NULL: size += 1; return AttributeValue.NULL;
      case ItemFormat.L: {
        int n = in.readLength();
        size += ItemSize.DOCUMENT_OVERHEAD + n * ItemSize.ELEMENT_OVERHEAD;
        List<AttributeValue> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(value());
        return new AttributeValue.L(list);
      }
      case ItemFormat.M: {
        Map<String, AttributeValue> members = members();
        size += ItemSize.DOCUMENT_OVERHEAD + members.size() * ItemSize.ELEMENT_OVERHEAD;
        return new AttributeValue.M(members);
      }
      case ItemFormat.SS: {
        int n = in.readLength();
        Set<String> set = new LinkedHashSet<>(capacity(n));
        for (int i = 0; i < n; i++) set.add(string());
        return new AttributeValue.SS(set);
      }
      case ItemFormat.NS: {
        int n = in.readLength();
        Set<BigDecimal> set = new LinkedHashSet<>(capacity(n));
        for (int i = 0; i < n; i++) set.add(number(in.readByte()));
        return new AttributeValue.NS(set);
      }
      case ItemFormat.BS: {
        int n = in.readLength();
        Set<Bytes> set = new LinkedHashSet<>(capacity(n));
        for (int i = 0; i < n; i++) set.add(Bytes.wrap(bytes()));
        return new AttributeValue.BS(set);
      }
      default: throw in.corrupt("unknown value tag " + tag);
    }
  }

  private String string() {
    int len = in.readLength();
    size += len;
    return in.readString(len);
  }

  private byte[] bytes() {
    byte[] b = in.readBytes(in.readLength());
    size += b.length;
    return b;
  }

  /** A stored number, normal already; its size is counted here for N and NS alike. */
  private BigDecimal number(int tag) {
    BigDecimal n;
    if (tag == ItemFormat.N_LONG) {
      n = BigDecimal.valueOf(ItemFormat.unzigzag(in.readVarlong()), scale());
    } else if (tag == ItemFormat.N_BIG) {
      BigInteger unscaled = new BigInteger(in.readBytes(in.readLength()));
      n = new BigDecimal(unscaled, scale());
    } else {
      throw in.corrupt("not a number tag " + tag);
    }
    size += ItemSize.numberSize(n);
    return n;
  }

  private int scale() {
    return (int) ItemFormat.unzigzag(Integer.toUnsignedLong(in.readVarint()));
  }

  /** A hash capacity that holds n entries without rehashing at the default load factor 0.75. */
  private static int capacity(int n) {
    return n + n / 3 + 1;
  }
}
