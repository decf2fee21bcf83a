package io.dynasql.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments after its subcommand: options that take a value ({@code --name N}),
 * flags ({@code --latest}) and positional words, in any order; anything else starting with
 * {@code -} is refused with a reason.
 *
 * @param positional the words that are not options, in order
 * @param options each option given with its value, flags with the empty string
 */
record CliArgs(List<String> positional, Map<String, String> options) {

  /** Parses {@code args} from index {@code from}. */
  static CliArgs parse(String[] args, int from, List<String> valued, List<String> flags) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    for (int i = from; i < args.length; i++) {
      String a = args[i];
      if (valued.contains(a)) {
        if (i + 1 == args.length) throw new IllegalArgumentException(a + " needs a value");
        if (options.put(a, args[++i]) != null) throw new IllegalArgumentException(a + " given twice");
      } else if (flags.contains(a)) {
        options.put(a, "");
      } else if (a.startsWith("-")) {
        throw new IllegalArgumentException("unexpected argument " + a);
      } else {
        positional.add(a);
      }
    }
    return new CliArgs(positional, options);
  }

  /** The option's value, or null when it was not given. */
  String option(String name) {
    return options.get(name);
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
