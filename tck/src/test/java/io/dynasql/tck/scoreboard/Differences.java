package io.dynasql.tck.scoreboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynasql.tck.conformance.Case;
import io.dynasql.tck.conformance.Script;

/**
 * The scoreboard's lists of known differences: from DynamoDB's documented rules (where the
 * moto server or the documentation's own approximation differs, accepted by the DynamoDB
 * differential tests), from standard SQL (marked in the conformance scripts, each checked on both
 * engines), and the statements checked on dynasql only.
 */
final class Differences {
  private final StringBuilder out;
  private final JsonNode dynamo;
  private final java.util.List<Script> scripts;

  Differences(StringBuilder out, JsonNode dynamo, java.util.List<Script> scripts) {
    this.out = out;
    this.dynamo = dynamo;
    this.scripts = scripts;
  }

  void render() {
    out.append("## Known differences from the DynamoDB references\n\n")
        .append("dynasql is held to AWS's documented rules; the moto server runs beside it. Cases where moto (or the\n")
        .append("documentation's own approximation) answers otherwise, accepted by `MotoDifferentialTest`,\n")
        .append("`CapacityDifferentialTest` and `ItemSizeBoundaryTest` (`tck/src/test/resources/known-differences/dynamodb.json`);\n")
        .append("any other mismatch fails them, and so does an entry that no longer differs.\n\n");
    for (JsonNode d : dynamo) {
      out.append("- **").append(d.path("mismatch").asText()).append("**: ").append(d.path("reason").asText()).append('\n');
    }
    out.append("\n## Conformance scripts\n\n")
        .append("`tck/src/test/resources/conformance/`: each statement is one case of `ConformanceTest`, checked on dynasql\n")
        .append("and, unless dynasql-only, on H2 (format: the README.md there).\n\n")
        .append("| script | statements | run on H2 too | differ from standard SQL | dynasql-only |\n|---|---:|---:|---:|---:|\n");
    for (Script s : scripts) {
      java.util.List<Case> cases = s.cases().stream().filter(c -> !c.command()).toList();
      out.append("| `").append(s.name()).append("` | ").append(cases.size()).append(" | ")
          .append(cases.stream().filter(c -> c.h2Sql() != null).count()).append(" | ")
          .append(cases.stream().filter(c -> c.differs() != null).count()).append(" | ")
          .append(cases.stream().filter(c -> c.dynasqlOnly() != null).count()).append(" |\n");
    }
    out.append("\n## Known differences from standard SQL\n\n")
        .append("Statements of the conformance scripts marked `-- differs from standard SQL:`; each runs on dynasql and on\n")
        .append("H2, and both answers are checked, so each difference is shown to exist.\n\n")
        .append("| where | statement | why |\n|---|---|---|\n");
    for (Script s : scripts) {
      for (Case c : s.cases()) if (c.differs() != null) line(s, c, c.differs());
    }
    out.append("\n## Checked on dynasql only\n\n")
        .append("Statements of the conformance scripts marked `-- dynasql-only:` (dynasql extensions, or statements on\n")
        .append("what only they made), checked against the script's expectation but not run on H2.\n\n")
        .append("| where | statement | why |\n|---|---|---|\n");
    for (Script s : scripts) {
      for (Case c : s.cases()) if (c.dynasqlOnly() != null) line(s, c, c.dynasqlOnly());
    }
  }

  private void line(Script s, Case c, String why) {
    out.append("| `").append(s.name()).append(':').append(c.line()).append("` | `")
        .append(cell(c.sql().replaceAll("\\s+", " "))).append("` | ").append(cell(why)).append(" |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
