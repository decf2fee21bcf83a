package io.dynasql.engine.api;

import java.util.List;

/**
 * ImportTable's CSV settings.
 *
 * @param delimiter one of {@code , \t : ; |} and space; comma by default
 * @param headerList the column names when the files have no header line; null when the first
 *     line of each file is the header
 */
public record CsvOptions(char delimiter, List<String> headerList) {
  public static final CsvOptions DEFAULT = new CsvOptions(',', null);

  public CsvOptions {
    if (headerList != null) headerList = List.copyOf(headerList);
  }
}
