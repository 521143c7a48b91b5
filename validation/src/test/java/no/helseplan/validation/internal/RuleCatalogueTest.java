package no.helseplan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.helseplan.validation.Rule;
import org.junit.jupiter.api.Test;

/** The committed {@code validation/RULES.md} is exactly what {@link RuleCatalogue} renders from {@link Rule}. */
class RuleCatalogueTest {
  private static final Path FILE = Path.of("RULES.md");

  // markdown()

  @Test
  void test_markdown_matchesCommittedFile() throws IOException {
    String expected = RuleCatalogue.markdown();
    if (Boolean.getBoolean("helseplan.regenerate")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(FILE), FILE.toAbsolutePath() + " is missing; regenerate it with "
        + "mvn -pl validation -am verify -Dhelseplan.regenerate=true");
    String committed = Files.readString(FILE, StandardCharsets.UTF_8);
    assertEquals(expected, committed, "validation/RULES.md differs from the rules in the code; regenerate it with "
        + "mvn -pl validation -am verify -Dhelseplan.regenerate=true and commit it");
  }

  @Test
  void test_markdown_listsEveryRuleOncePerLanguage() {
    String md = RuleCatalogue.markdown();
    for (Rule rule : Rule.values()) {
      int count = md.split("\\| `" + java.util.regex.Pattern.quote(rule.getCode()) + "` \\|", -1).length - 1;
      assertEquals(3, count, rule.getCode());
    }
    assertTrue(md.contains("Kvifor"), "nn section");
    assertTrue(md.contains("Hvorfor"), "nb section");
    assertTrue(md.contains("| åtvaring |"), "nn severity names");
  }
}
