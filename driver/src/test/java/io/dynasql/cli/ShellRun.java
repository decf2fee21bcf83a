package io.dynasql.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A shell session fed from text as a pipe would feed it: what it printed and its exit status. */
record ShellRun(String out, int status) {
  static ShellRun of(String url, String... lines) throws Exception {
    return script(url, String.join("\n", lines));
  }

  static ShellRun script(String url, String script) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status = new Shell(new PlainLines(new BufferedReader(new StringReader(script)), out, false), out, true).run(url);
    return new ShellRun(bytes.toString(StandardCharsets.UTF_8), status);
  }

  /** The statements the shell echoed before running them, in order (continuation lines joined back). */
  List<String> echoed() {
    return sections().stream().map(s -> s.get(0)).toList();
  }

  /** The output cut at each echoed statement: the statement first, then the lines it printed. */
  List<List<String>> sections() {
    List<List<String>> all = new ArrayList<>();
    List<String> current = null;
    for (String line : out.lines().toList()) {
      if (line.startsWith("dynasql> ")) {
        current = new ArrayList<>();
        current.add(line.substring("dynasql> ".length()));
        all.add(current);
      } else if (current != null && line.startsWith("    ...> ") && current.size() == 1) {
        current.set(0, current.get(0) + "\n" + line.substring("    ...> ".length()));
      } else if (current != null) {
        current.add(line);
      }
    }
    for (List<String> s : all) s.set(0, s.get(0).replaceFirst(";$", "")); // the echo's ';' (commands have none)
    return all;
  }
}
