package no.helseplan.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code helseplan} command: validate, summarise, convert, export and interpret municipal health and care
 * plans (nb/nn: <i>helse- og omsorgsplanar</i>).
 *
 * <p>Exit codes: 0 when all went well (warnings allowed), 1 when input is invalid (a format or semantic
 * error), 2 on a usage or I/O failure. No stack trace is printed unless {@code --debug} is given (or the
 * system property {@code helseplan.debug} is true).
 */
@Command(
    name = "helseplan",
    mixinStandardHelpOptions = true,
    versionProvider = Helseplan.Version.class,
    description = {
      "Norwegian municipal health and care plans (helse- og omsorgsplanar) as typed data.",
      "Run 'helseplan summary' to see the five bundled real plans."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all went well (warnings allowed)",
      "1:some input is invalid: a format or semantic error (feil)",
      "2:the command was used wrongly, or a file could not be read or written"
    },
    subcommands = {
      ValidateCommand.class,
      SummaryCommand.class,
      ConvertCommand.class,
      ExportCommand.class,
      SchemaCommand.class,
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

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected failure (for bug reports).")
  boolean debug;

  /** Hibernate Validator logs its version at INFO on first use; kept here so the level sticks. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  static {
    VALIDATOR_LOG.setLevel(Level.WARNING);
  }

  private final InputStream in;

  private Helseplan(InputStream in) {
    this.in = in;
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line in-process, reading standard input from {@code System.in}; for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code: {@link #OK}, {@link #INVALID} or {@link #USAGE}
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command line in-process with the given streams; for tests and embedding.
   *
   * @param args the arguments
   * @param in standard input, read by {@code interpret ... -}
   * @param out standard output
   * @param err standard error
   * @return the exit code: {@link #OK}, {@link #INVALID} or {@link #USAGE}
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    Helseplan top = new Helseplan(in);
    CommandLine commandLine = new CommandLine(top);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(e -> USAGE);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof CommandLine.ParameterException) {
        CommandLine.ParameterException usage = (CommandLine.ParameterException) e;
        cmd.getErr().println("helseplan: " + usage.getMessage());
        usage.getCommandLine().usage(cmd.getErr());
        return USAGE;
      }
      cmd.getErr().println("helseplan: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      if (top.debug || Boolean.getBoolean("helseplan.debug")) {
        e.printStackTrace(cmd.getErr());
      }
      return USAGE;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Returns standard input as given to {@link #run(String[], InputStream, PrintWriter, PrintWriter)}. */
  InputStream in() {
    return in;
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
