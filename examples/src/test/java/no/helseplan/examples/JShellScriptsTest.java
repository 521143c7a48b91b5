package no.helseplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every script in {@code examples/jshell/} the way the README says, non-interactively: the JDK's own
 * {@code jshell} with this test's class path, the DEFAULT startup, {@code helseplan.jsh}, then the script. The
 * exit code must be 0, nothing may go to standard error, and the output must hold lines with numbers counted
 * from the source documents.
 */
class JShellScriptsTest {
  private static final Path SCRIPTS = Path.of("jshell");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static Stream<Arguments> scripts() {
    return Stream.of(
        Arguments.of("measures-by-actor.jsh", List.of(
            // countByLeadKind: Herøy's 29 measures led by a leadership group, 28 Sør-Varanger rows without lead
            "Herøy heroy-handlingsplan-2025 Leadership group 29 0.446",
            "Sør-Varanger sor-varanger-strategisk-plan-2020 No lead 28 1.000",
            "Herøy Leiargruppa i helse og omsorg Leadership group 19")),
        Arguments.of("timeframe-kinds.jsh", List.of(
            // Herøy: 43 Jamleg, 4 recurring (3 Årleg, 1 Oddetalsår), 3 without a time frame, 65 in all
            "Herøy heroy-handlingsplan-2025 43 4 14 1 0 0 0 3 65",
            "Voss voss-parorandestrategi-2025 0 3 0 0 1 0 0 47 51",
            "Rødøy rodoy-helse-og-omsorgsplan 0 0 0 0 0 0 0 44 44")),
        Arguments.of("deadlines.jsh", List.of(
            "Herøy heroy-handlingsplan-2025 65 15 0.231 64 0.985 2 0.031",
            "Sør-Varanger sor-varanger-strategisk-plan-2020 28 28 1.000 0 0.000 0 0.000")),
        Arguments.of("resources.jsh", List.of(
            "Herøy heroy-handlingsplan-2025 2 4 4 0 0",
            "Herøy Styrke ressurs knytt til tilrettelegging av heimen 1 årsverk seksjon rehabilitering 1 1")),
        Arguments.of("themes.jsh", List.of(
            "Next of kin Voss voss-parorandestrategi-2025 41 0.804",
            "Herøy Følgje opp avtalen om eit demensvenleg samfunn")));
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void test_script_runsAndPrints(String script, List<String> expectedLines) throws Exception {
    Result result = run(SCRIPTS.resolve(script));
    assertEquals(0, result.exitCode, () -> script + " exited with " + result.exitCode + "\n" + result.all());
    assertTrue(result.err.isBlank(), () -> script + " wrote to standard error:\n" + result.all());
    List<String> lines = result.out.lines().map(l -> SPACES.matcher(l.strip()).replaceAll(" "))
        .collect(Collectors.toList());
    assertTrue(lines.contains("Helseplan: 5 plans, 215 measures loaded: heroy, sorVaranger, hustadvika, voss,"
        + " rodoy, plans, corpus"), () -> result.all());
    for (String expected : expectedLines) {
      assertTrue(lines.contains(expected), () -> script + ": no line \"" + expected + "\" in\n" + result.out);
    }
    assertFalse(result.out.contains("Exception"), () -> result.all());
    assertFalse(result.out.contains("|  Error"), () -> result.all());
  }

  @Test
  void test_everyScriptInTheFolderIsTested_andEndsWithExit() throws IOException {
    List<String> tested = scripts().map(a -> (String) a.get()[0]).sorted().collect(Collectors.toList());
    List<String> present;
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh"))
          .filter(n -> !n.equals("helseplan.jsh")).sorted().collect(Collectors.toList());
    }
    assertEquals(present, tested);
    for (String script : present) {
      List<String> lines = Files.readAllLines(SCRIPTS.resolve(script), StandardCharsets.UTF_8);
      assertEquals("/exit", lines.get(lines.size() - 1).strip(), script);
    }
  }

  @Test
  void test_brokenScript_failsWithError() throws Exception {
    Path broken = Files.createTempFile("broken", ".jsh");
    try {
      Files.writeString(broken, "System.out.println(corpus.noSuchMethod());\n/exit 3\n", StandardCharsets.UTF_8);
      Result result = run(broken);
      assertEquals(3, result.exitCode, result.all());
      assertTrue(result.all().contains("noSuchMethod"), result.all());
    } finally {
      Files.delete(broken);
    }
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static Result run(Path script) throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    List<String> command = new ArrayList<>(List.of(jshell.toString(),
        "-J-Duser.language=en", "-J-Duser.country=US", "-J-Dfile.encoding=UTF-8",
        "-R-Duser.language=en", "-R-Duser.country=US", "-R-Dfile.encoding=UTF-8", "-R-Dstdout.encoding=UTF-8",
        "--class-path", classPath(),
        "--startup", "DEFAULT", "--startup", SCRIPTS.resolve("helseplan.jsh").toString(), script.toString()));
    Path out = Files.createTempFile("jshell", ".out");
    Path err = Files.createTempFile("jshell", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(script + " did not finish within 5 minutes");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  private static File nullFile() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static final class Result {
    final int exitCode;
    final String out;
    final String err;

    Result(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    String all() {
      return "--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
