package no.helseplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code helseplan schema}: prints the JSON Schema of the plan file (nb/nn: <i>JSON-skjema for planfila</i>). */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of the plan file (JSON-skjema for planfila), as committed in the "
          + "io module: the contract for programs, in any language, that write plan files.",
      "Redirect it to a file: helseplan schema > helseplan-plan.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  /** Where the io module publishes the committed schema in its jar. */
  static final String RESOURCE = "no/helseplan/io/helseplan-plan.schema.json";

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        spec.commandLine().getErr().println("helseplan: this build has no JSON Schema (" + RESOURCE + ")");
        return Helseplan.USAGE;
      }
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
      spec.commandLine().getOut().flush();
    }
    return Helseplan.OK;
  }
}
