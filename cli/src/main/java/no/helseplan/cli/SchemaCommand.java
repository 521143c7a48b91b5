package no.helseplan.cli;

import java.util.concurrent.Callable;
import no.helseplan.io.PlanSchema;
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
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    String schema = PlanSchema.published();
    spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
    spec.commandLine().getOut().flush();
    return Helseplan.OK;
  }
}
