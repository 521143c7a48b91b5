package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: each fails fast with a located, translated error (issue 4). */
class HostileInputTest {
  static final String HEAD = "{\"formatVersion\": \"1.0\",\n \"id\": \"p\",\n \"title\": \"T\",\n"
      + " \"kind\": \"action_plan\",\n \"municipality\": {\"number\": \"1515\", \"name\": \"Herøy\"},\n"
      + " \"language\": \"nn\"";
  static final String MINIMAL = HEAD + "\n}\n";

  private static ReadProblem only(PlanReadException e) {
    assertEquals(1, e.getProblems().size(), e::getMessage);
    return e.getProblems().get(0);
  }

  private static PlanReadException failJson(String text) {
    return assertThrows(PlanReadException.class, () -> PlanReader.strict().read(text, PlanFormat.JSON));
  }

  private static PlanReadException failYaml(String text) {
    return assertThrows(PlanReadException.class, () -> PlanReader.strict().read(text, PlanFormat.YAML));
  }

  private static void assertAt(ReadProblem problem, String code, int line, int column, String pointer) {
    assertEquals(code, problem.getCode(), problem::toString);
    assertEquals(line, problem.getLocation().getLine(), problem::toString);
    assertEquals(column, problem.getLocation().getColumn(), problem::toString);
    assertEquals(pointer, problem.getLocation().getPointer(), problem::toString);
  }

  // the minimal document reads

  @Test
  void test_read_minimal() {
    Plan plan = PlanReader.strict().read(MINIMAL, PlanFormat.JSON);
    assertEquals("p", plan.getId());
    assertEquals(Language.NN, plan.getLanguage());
  }

  // nesting 100 000 deep

  @Test
  void test_read_nesting100000_json() {
    String deep = HEAD + ",\n \"sections\": [" + "{\"title\": \"x\", \"subsections\": [".repeat(100_000)
        + "]}".repeat(100_000) + "]}";
    ReadProblem problem = only(failJson(deep));
    assertEquals("io.too-deep", problem.getCode());
    assertEquals("64", problem.getExpected().orElseThrow());
    assertEquals(7, problem.getLocation().getLine());
    assertEquals("Objects and lists are nested deeper than the limit of 64 levels.", problem.getMessage(Language.EN));
    assertEquals("Objekt og lister er nøsta djupare enn grensa på 64 nivå.", problem.getMessage(Language.NN));
  }

  @Test
  void test_read_nesting100000_yaml() {
    String deep = "formatVersion: '1.0'\nsections: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    PlanReadException e = failYaml(deep);
    ReadProblem problem = e.getProblems().get(e.getProblems().size() - 1);
    assertEquals("io.too-deep", problem.getCode(), problem::toString);
    assertEquals(2, problem.getLocation().getLine());
    assertTrue(e.getProblems().stream().allMatch(p -> p.getLocation().getPointer().startsWith("/sections/0")),
        e::getMessage);
  }

  // a 10 MB string

  @Test
  void test_read_string10MB() {
    String text = HEAD + ",\n \"vision\": \"" + "å".repeat(10_000_000) + "\"\n}";
    ReadProblem problem = only(failJson(text));
    assertAt(problem, "io.string-too-long", 7, 12, "/vision");
    assertEquals("Ein tekst er lengre enn grensa på 1000000 teikn.", problem.getMessage(Language.NN));
    assertEquals("En tekst er lengre enn grensen på 1000000 tegn.", problem.getMessage(Language.NB));
  }

  // an alias bomb ("billion laughs")

  @Test
  void test_read_aliasBomb() {
    StringBuilder bomb = new StringBuilder("formatVersion: '1.0'\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append('a').append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    ReadProblem problem = only(failYaml(bomb.toString()));
    assertAt(problem, "io.yaml-anchor", 2, 5, "/a0");
    assertEquals("a0", problem.getSubject().orElseThrow());
    assertEquals("YAML anchors are not allowed (found &a0); write each value out in full.",
        problem.getMessage(Language.EN));
  }

  @Test
  void test_read_alias() {
    String yaml = "formatVersion: '1.0'\nid: p\ntitle: *who\n";
    ReadProblem problem = only(failYaml(yaml));
    assertAt(problem, "io.yaml-alias", 3, 8, "/title");
    assertEquals("YAML-aliasar er ikkje tillatne (fann *who); skriv verdien ut i heilskap.",
        problem.getMessage(Language.NN));
  }

  // a duplicate key

  @Test
  void test_read_duplicateKey_json() {
    ReadProblem problem = only(failJson(HEAD + ",\n \"id\": \"q\"\n}"));
    assertEquals("io.duplicate-key", problem.getCode());
    assertEquals("id", problem.getSubject().orElseThrow());
    assertEquals(7, problem.getLocation().getLine());
    assertEquals("Nøkkelen «id» står to ganger i samme objekt.", problem.getMessage(Language.NB));
  }

  @Test
  void test_read_duplicateKey_yaml() {
    String yaml = "formatVersion: '1.0'\nid: p\ntitle: T\nid: q\n";
    ReadProblem problem = only(failYaml(yaml));
    assertEquals("io.duplicate-key", problem.getCode());
    assertEquals(4, problem.getLocation().getLine());
  }

  // a wrong type

  @Test
  void test_read_wrongType() {
    String text = HEAD + ",\n \"vision\": [\"a\"],\n \"period\": {\"start\": \"soon\"}\n}";
    PlanReadException e = failJson(text);
    assertEquals(2, e.getProblems().size(), e::getMessage);
    ReadProblem vision = e.getProblems().get(0);
    assertAt(vision, "io.wrong-type", 7, 12, "/vision");
    assertEquals("string", vision.getExpected().orElseThrow());
    assertEquals("array", vision.getFound().orElseThrow());
    assertEquals("Expected text, found a list.", vision.getMessage(Language.EN));
    assertEquals("Forventet tekst, fant en liste.", vision.getMessage(Language.NB));
    assertEquals("Venta tekst, fann ei liste.", vision.getMessage(Language.NN));
    ReadProblem period = e.getProblems().get(1);
    assertEquals("/period/start", period.getLocation().getPointer(), period::toString);
    assertEquals("integer", period.getExpected().orElseThrow());
    assertEquals("\"soon\"", period.getFound().orElseThrow());
  }

  @Test
  void test_read_wrongEnum() {
    String text = MINIMAL.replace("action_plan", "Handlingsplan");
    ReadProblem problem = only(failJson(text));
    assertAt(problem, "io.invalid-value", 4, 10, "/kind");
    assertTrue(problem.getMessage(Language.EN).startsWith(
        "The value \"Handlingsplan\" is not allowed here; expected one of: municipal_subplan,"), problem::toString);
  }

  @Test
  void test_read_missingRequired() {
    String text = MINIMAL.replace(" \"title\": \"T\",\n", "");
    ReadProblem problem = only(failJson(text));
    assertEquals("io.missing-property", problem.getCode());
    assertEquals("title", problem.getSubject().orElseThrow());
    assertEquals("", problem.getLocation().getPointer());
    assertEquals("Påkravd eigenskap manglar: title.", problem.getMessage(Language.NN));
  }

  // a truncated file

  @Test
  void test_read_truncated_json() {
    String text = MINIMAL.substring(0, MINIMAL.indexOf("\"Herøy\"") + 3);
    ReadProblem problem = only(failJson(text));
    assertEquals("io.truncated", problem.getCode(), problem::toString);
    assertEquals(5, problem.getLocation().getLine());
    assertEquals("The file ends too early: a value, list or object is not closed.", problem.getMessage(Language.EN));
  }

  @Test
  void test_read_truncated_yaml() {
    ReadProblem problem = only(failYaml("formatVersion: '1.0'\nid: p\ntitle: \"Handlingsplan for"));
    assertEquals("io.truncated", problem.getCode(), problem::toString);
    assertEquals(3, problem.getLocation().getLine());
  }

  // a byte-order mark

  @Test
  void test_read_byteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("Herøy", PlanReader.strict().read(new ByteArrayInputStream(bytes), PlanFormat.JSON)
        .getMunicipality().getName());
    assertEquals("p", PlanReader.strict().read("\uFEFF" + MINIMAL, PlanFormat.JSON).getId());
    String yaml = "\uFEFFformatVersion: '1.0'\nid: p\ntitle: T\nkind: action_plan\n"
        + "municipality: {number: '1515', name: Herøy}\nlanguage: nn\n";
    assertEquals("p", PlanReader.strict().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        PlanFormat.YAML).getId());
  }

  // a character beyond the BMP (a surrogate pair) where the YAML reader's 1 024-character window ends

  @Test
  void test_read_supplementaryCharacterAtWindowEdge_yaml() {
    // snakeyaml-engine 3.0.1 threw IndexOutOfBoundsException when a high surrogate was the last character of a
    // window it read (the first window: index 1024); the reader let it escape. Every offset around the edge reads.
    String head = "formatVersion: '1.0'\nid: p\ntitle: ";
    for (int at = 1010; at <= 1040; at++) {
      String title = "a".repeat(at - head.length()) + "\uD83E\uDE7A helse";
      String yaml = head + title + "\nkind: action_plan\nmunicipality: {number: '1515', name: Herøy}\nlanguage: nn\n";
      assertEquals('\uD83E', yaml.charAt(at));
      int offset = at;
      Plan plan = assertDoesNotThrow(() -> PlanReader.strict().read(yaml, PlanFormat.YAML), () -> "at " + offset);
      assertEquals(title, plan.getTitle());
      assertEquals(title, PlanReader.strict().read(
          new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), PlanFormat.YAML).getTitle());
    }
  }

  // bytes that are not UTF-8

  @Test
  void test_read_notUtf8() {
    byte[] bytes = MINIMAL.replace("Herøy", "Her\u00f8y").getBytes(StandardCharsets.ISO_8859_1);
    PlanReadException e = assertThrows(PlanReadException.class,
        () -> PlanReader.strict().read(new ByteArrayInputStream(bytes), PlanFormat.JSON));
    ReadProblem problem = only(e);
    int column = MINIMAL.lines().skip(4).findFirst().orElseThrow().indexOf("øy") + 1;
    assertAt(problem, "io.invalid-encoding", 5, column, "");
    assertEquals("0xF8", problem.getFound().orElseThrow());
    assertEquals("Fila er ikkje gyldig UTF-8: 0xF8 dannar ikkje eit teikn.", problem.getMessage(Language.NN));
  }

  // an unknown property

  @Test
  void test_read_unknownProperty_strict() {
    String text = HEAD + ",\n \"measures\": [{\"id\": \"m1\", \"title\": \"Kartlegging\", \"timeFrame\": \"2026\","
        + " \"owner\": {\"a\": 1}}],\n \"colour\": \"blue\"\n}";
    PlanReadException e = failJson(text);
    assertEquals(3, e.getProblems().size(), e::getMessage);
    int column = text.lines().skip(6).findFirst().orElseThrow().indexOf("\"2026\"") + 1;
    assertAt(e.getProblems().get(0), "io.unknown-property", 7, column, "/measures/0/timeFrame");
    assertEquals("timeFrame", e.getProblems().get(0).getSubject().orElseThrow());
    assertEquals("/measures/0/owner", e.getProblems().get(1).getLocation().getPointer());
    assertEquals("/colour", e.getProblems().get(2).getLocation().getPointer());
    assertEquals("Ukjent egenskap «timeFrame».", e.getProblems().get(0).getMessage(Language.NB));
    assertEquals(Severity.ERROR, e.getProblems().get(0).getSeverity());
  }

  @Test
  void test_read_unknownProperty_lenient() {
    String text = HEAD + ",\n \"colour\": \"blue\"\n}";
    ReadResult result = PlanReader.lenient().readWithWarnings(text, PlanFormat.JSON);
    assertEquals("p", result.getPlan().getId());
    assertEquals(1, result.getWarnings().size());
    ReadProblem warning = result.getWarnings().get(0);
    assertAt(warning, "io.unknown-property", 7, 12, "/colour");
    assertEquals(Severity.WARNING, warning.getSeverity());
  }

  // format versions

  @Test
  void test_read_newerMajor() {
    ReadProblem problem = only(failJson(MINIMAL.replace("\"1.0\"", "\"2.0\"")));
    assertAt(problem, "io.format-version.unsupported", 1, 19, "/formatVersion");
    assertEquals("The format version \"2.0\" is newer than this reader understands (1.0); use a newer version of"
        + " Helseplan.", problem.getMessage(Language.EN));
  }

  @Test
  void test_read_newerMinor() {
    ReadResult result = PlanReader.strict().readWithWarnings(MINIMAL.replace("\"1.0\"", "\"1.3\""), PlanFormat.JSON);
    assertEquals(List.of("io.format-version.newer-minor"),
        result.getWarnings().stream().map(ReadProblem::getCode).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void test_read_versionAsYamlNumber() {
    String yaml = "formatVersion: 1.0\nid: p\ntitle: T\nkind: action_plan\n"
        + "municipality: {number: '1515', name: Herøy}\nlanguage: nn\n";
    assertEquals("p", PlanReader.strict().read(yaml, PlanFormat.YAML).getId());
  }

  @Test
  void test_read_missingVersion() {
    String text = MINIMAL.replace("\"formatVersion\": \"1.0\",", "");
    ReadProblem problem = only(failJson(text));
    assertAt(problem, "io.format-version.missing", 1, 1, "");
    assertEquals(1, PlanReader.lenient().readWithWarnings(text, PlanFormat.JSON).getWarnings().size());
  }

  // a 50 MB hostile file

  @Test
  void test_read_file50MB(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.json");
    byte[] chunk = "[".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (var out = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }
    ReadProblem problem = only(assertThrows(PlanReadException.class, () -> PlanReader.strict().read(file)));
    assertEquals("io.too-large", problem.getCode());
    assertEquals(file.toString(), problem.getLocation().getSource().orElseThrow());
    assertEquals("Dokumentet er større enn grensen på 20000000 byte.", problem.getMessage(Language.NB));
  }

  @Test
  void test_read_stream50MB() {
    InputStream endless = new InputStream() {
      long left = 50L << 20;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
    ReadProblem problem = only(assertThrows(PlanReadException.class,
        () -> PlanReader.strict().read(endless, PlanFormat.YAML)));
    assertEquals("io.too-large", problem.getCode());
  }

  @Test
  void test_read_limitsConfigurable() {
    PlanReader small = PlanReader.strict().withLimits(ReadLimits.defaults().withMaxDocumentSize(100));
    assertEquals("io.too-large", only(assertThrows(PlanReadException.class,
        () -> small.read(MINIMAL + " ".repeat(200), PlanFormat.JSON))).getCode());
    PlanReader shallow = PlanReader.strict().withLimits(ReadLimits.defaults().withMaxNestingDepth(2));
    assertEquals("io.too-deep", only(assertThrows(PlanReadException.class,
        () -> shallow.read(HEAD + ",\"period\": {\"start\": 2020}, \"sections\": [{\"title\": \"x\","
            + " \"subsections\": []}]}", PlanFormat.JSON))).getCode());
  }

  @Test
  void test_read_syntax() {
    ReadProblem problem = only(failJson(MINIMAL.replace("\"id\": \"p\",", "\"id\": p,")));
    assertEquals("io.syntax", problem.getCode());
    assertEquals(2, problem.getLocation().getLine());
    assertTrue(problem.getMessage(Language.NB).startsWith("Teksten er ikke gyldig JSON: "), problem::toString);
  }

  @Test
  void test_read_empty() {
    assertEquals("io.empty", only(failJson("  \n")).getCode());
    assertEquals("io.wrong-type", only(failJson("[1, 2]")).getCode());
  }
}
