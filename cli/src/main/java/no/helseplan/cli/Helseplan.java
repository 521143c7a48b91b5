package no.helseplan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code helseplan} command: validate, summarise, convert, export and interpret municipal health and care
 * plans (nb/nn: <i>helse- og omsorgsplanar</i>).
 *
 * <p>Exit codes: 0 when all went well (warnings allowed), 1 when input is invalid (a format or semantic
 * error), 2 on a usage or I/O failure.
 */
@Command(
    name = "helseplan",
    mixinStandardHelpOptions = true,
    versionProvider = Helseplan.Version.class,
    description = "Norwegian municipal health and care plans (helse- og omsorgsplanar) as typed data.",
    subcommands = {
      InterpretCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Helseplan {
  /** Exit code: all went well; warnings are allowed. */
  public static final int OK = 0;
  /** Exit code: some input is invalid (a format error or a semantic error). */
  public static final int INVALID = 1;
  /** Exit code: the command was used wrongly, or a file could not be read or written. */
  public static final int USAGE = 2;

  private Helseplan() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line in-process, writing to the given streams; for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Helseplan());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> USAGE);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("helseplan: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      if (Boolean.getBoolean("helseplan.debug")) {
        e.printStackTrace(cmd.getErr());
      }
      return USAGE;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Helseplan.class.getPackage().getImplementationVersion();
      return new String[] {"helseplan " + (version == null ? "(development build)" : version)};
    }
  }
}
