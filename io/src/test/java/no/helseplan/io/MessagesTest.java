package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The message bundles: nb and nn complete, en empty, æøå intact, no raw keys or Java names in messages. */
class MessagesTest {
  private static Properties load(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("internal/messages" + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void test_bundles_parity() throws IOException {
    Set<String> base = new TreeSet<>(load("").stringPropertyNames());
    assertEquals(base, new TreeSet<>(load("_nb").stringPropertyNames()), "nb keys");
    assertEquals(base, new TreeSet<>(load("_nn").stringPropertyNames()), "nn keys");
    assertTrue(load("_en").isEmpty(), "the _en bundle is empty on purpose");
  }

  @Test
  void test_bundles_nynorskDiffers() throws IOException {
    Properties nb = load("_nb");
    Properties nn = load("_nn");
    for (String key : new String[] {"io.unknown-property", "io.missing-property", "io.wrong-type", "io.truncated"}) {
      assertNotEquals(nb.getProperty(key), nn.getProperty(key), key);
    }
    assertTrue(nn.getProperty("io.unknown-property").contains("Ukjend eigenskap"));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void test_render_everyCode(Language language) throws IOException {
    for (String key : load("").stringPropertyNames()) {
      if (key.startsWith("term.")) {
        continue;
      }
      ReadProblem problem = ReadProblem.of(key, Severity.ERROR, ProblemLocation.of("plan.yaml", 3, 7, "/id"),
          "one-of:a|b", "\"Haust 2025\"", "timeFrame");
      String message = problem.getMessage(language);
      assertFalse(message.contains("{"), message);
      assertFalse(message.contains("Ã"), "mangled æøå: " + message);
      assertFalse(message.matches(".*\\b(java|tools\\.jackson|Immutable)\\b.*"), message);
    }
  }

  @Test
  void test_render_defaultLocaleIgnored() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("nb"));
      ReadProblem problem = ReadProblem.of("io.unknown-property", Severity.ERROR, ProblemLocation.of(null, 1, 2, "/x"),
          null, null, "x");
      assertEquals("Unknown property «x».", problem.getMessage(Language.EN));
      assertEquals("1:2 /x: Ukjend eigenskap «x».", problem.describe(Language.NN));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
