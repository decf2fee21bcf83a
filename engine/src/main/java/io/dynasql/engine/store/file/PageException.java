package io.dynasql.engine.store.file;

import io.dynasql.engine.error.DamagedDataException;

/** A page that fails a structural check, naming the page and what is wrong with it. */
public final class PageException extends DamagedDataException {
  private static final long serialVersionUID = 1L;
  private final long pgno;

  public PageException(long pgno, String what) {
    super("page " + pgno + " " + what);
    this.pgno = pgno;
  }

  public long pgno() { return pgno; }
}
