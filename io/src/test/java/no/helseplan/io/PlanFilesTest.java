package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import no.helseplan.plan.Plan;
import no.helseplan.testing.PlanGenerator;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade over files, streams, readers and strings, with the format from the extension. */
class PlanFilesTest {
  static final Plan PLAN = new PlanGenerator(new Random(7)).plan();

  @Test
  void test_write_read_path(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"plan.json", "plan.yaml", "PLAN.YML"}) {
      Path file = dir.resolve(name);
      PlanWriter.canonical().write(PLAN, file);
      assertEquals(PLAN, PlanReader.strict().read(file), name);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(text.startsWith(name.endsWith(".json") ? "{\n  \"formatVersion\": \"1.0\",\n" : "formatVersion: \"1.0\"\n"),
          text.substring(0, 40));
      assertTrue(text.endsWith("\n") && !text.contains("\r"), name);
    }
  }

  @Test
  void test_read_unknownExtension(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlanReader.strict().read(dir.resolve("plan.txt")));
    assertTrue(e.getMessage().contains("plan.txt"), e.getMessage());
  }

  @Test
  void test_read_missingFile(@TempDir Path dir) {
    Path file = dir.resolve("absent.yaml");
    PlanReadException e = assertThrows(PlanReadException.class, () -> PlanReader.strict().read(file));
    assertEquals("io.unreadable", e.getProblems().get(0).getCode());
    assertEquals(file.toString(), e.getProblems().get(0).getLocation().getSource().orElseThrow());
    assertTrue(e.getMessage(Language.NN).contains("Fila kan ikkje lesast"), e.getMessage(Language.NN));
  }

  @Test
  void test_streamsAndReaders() {
    for (PlanFormat format : PlanFormat.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PlanWriter.canonical().write(PLAN, bytes, format);
      assertEquals(PLAN, PlanReader.strict().read(new java.io.ByteArrayInputStream(bytes.toByteArray()), format));
      StringWriter chars = new StringWriter();
      PlanWriter.canonical().write(PLAN, chars, format);
      assertEquals(PLAN, PlanReader.lenient().read(new StringReader(chars.toString()), format));
      assertEquals(bytes.toString(StandardCharsets.UTF_8), chars.toString());
    }
  }

  @Test
  void test_read_sourceInLocation(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "formatVersion: '1.0'\nid: [x]\n", StandardCharsets.UTF_8);
    PlanReadException e = assertThrows(PlanReadException.class, () -> PlanReader.strict().read(file));
    ProblemLocation location = e.getProblems().get(0).getLocation();
    assertEquals(file + ":2:5 /id", location.toString());
  }
}
