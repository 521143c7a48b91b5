package no.helseplan.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.goal.GoalKind;
import no.helseplan.measure.MeasureStatus;
import no.helseplan.measure.ResourceKind;
import no.helseplan.plan.PlanStatus;
import no.helseplan.project.ProjectRoleKind;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.text.SectionKind;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Season;
import no.helseplan.timeframe.TimeframeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vocabulary is complete: every enum of the model is labelled, in real Bokmål and real Nynorsk. */
class VocabularyTest {

  /** Words that exist only in Bokmål; none may appear in a Nynorsk label. */
  private static final Set<String> BOKMAL_ONLY = Set.of("ikke", "hva", "hvordan", "hvert", "hver", "tjeneste",
      "tjenester", "tjenested", "tjenesteområde", "utvalg", "ukentlig", "måned", "månedlig", "beskrivelse", "kilde",
      "deltaker", "deltakere", "leder", "ledergruppe", "ansatte", "hele", "annet", "sommeren", "høsten", "utsatt",
      "videreføres", "tilskudd", "midler", "krever", "egne", "henvisning", "utfordringer", "fremtiden",
      "innledning", "formål", "gjentakende", "løpende", "prosjektleder", "prosjekteier", "vedtatt", "utløpt");

  static List<Enum<?>> allEnumConstants() throws IOException, URISyntaxException {
    Path classes = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Enum<?>> constants = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.equals("module-info") || name.endsWith("package-info") || name.contains(".internal.")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name);
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (type.isEnum() && type.getEnclosingClass() == null) {
          for (Object constant : type.getEnumConstants()) {
            constants.add((Enum<?>) constant);
          }
        }
      }
    }
    return constants;
  }

  // every enum

  @Test
  void test_allEnums_found() throws Exception {
    Set<Class<?>> types = allEnumConstants().stream().map(Enum::getDeclaringClass).collect(Collectors.toSet());
    assertTrue(types.contains(TimeframeKind.class) && types.contains(Concept.class) && types.size() >= 20,
        () -> "enum scan found only " + types);
  }

  @ParameterizedTest
  @MethodSource("allEnumConstants")
  void test_everyEnumConstant_isLabelledInAllThreeLanguages(Enum<?> constant) {
    assertTrue(constant instanceof Labelled, () -> constant.getDeclaringClass() + " does not implement Labelled");
    Label label = ((Labelled) constant).getLabel();
    for (Language language : Language.values()) {
      String text = label.in(language);
      assertFalse(text.isBlank(), () -> constant + " has no " + language + " label");
      assertNotEquals(constant.name(), text, () -> constant + " is labelled with its Java name");
    }
  }

  @ParameterizedTest
  @MethodSource("allEnumConstants")
  void test_everyNynorskLabel_hasNoBokmalOnlyWord(Enum<?> constant) {
    String nn = ((Labelled) constant).getLabel(Language.NN).toLowerCase(Locale.ROOT);
    for (String word : Pattern.compile("[^\\p{L}-]+").split(nn)) {
      assertFalse(BOKMAL_ONLY.contains(word),
          () -> constant.getDeclaringClass().getSimpleName() + "." + constant + ": Nynorsk label '" + nn
              + "' uses the Bokmål word '" + word + "'");
    }
  }

  @ParameterizedTest
  @MethodSource("allEnumConstants")
  void test_labels_uniqueWithinTheirEnum(Enum<?> constant) {
    for (Enum<?> other : constant.getDeclaringClass().getEnumConstants()) {
      if (other != constant) {
        for (Language language : Language.values()) {
          assertNotEquals(((Labelled) other).getLabel(language), ((Labelled) constant).getLabel(language),
              () -> constant + " and " + other + " share a " + language + " label");
        }
      }
    }
  }

  static Stream<Labelled> nbAndNnDiffer() {
    return Stream.of(TimeframeKind.ONGOING, Concept.WHAT, Concept.HOW, Concept.DESCRIPTION, Concept.LEAD,
        Concept.PARTICIPANT, Concept.REFERENCE, MeasureStatus.CONTINUES, MeasureStatus.POSTPONED,
        ResourceKind.EXTRA_FUNDS, ResourceKind.GRANT, ActorKind.LEADERSHIP_GROUP, ActorKind.STAFF,
        ActorKind.WHOLE_ORGANISATION, PlanStatus.ADOPTED, PlanStatus.CONSULTATION, Frequency.YEARLY,
        Frequency.WEEKLY, Season.AUTUMN, Season.SUMMER, GoalKind.MAIN_GOAL, GoalKind.OBJECTIVE,
        ProjectRoleKind.OWNER, ProjectRoleKind.PARTICIPANTS, SectionKind.INTRODUCTION, SectionKind.PURPOSE,
        SectionKind.CHALLENGES);
  }

  @ParameterizedTest
  @MethodSource("nbAndNnDiffer")
  void test_label_bokmalAndNynorskDiffer(Labelled labelled) {
    assertNotEquals(labelled.getLabel(Language.NB), labelled.getLabel(Language.NN), labelled::toString);
  }

  @Test
  void test_label_knownNynorskForms() {
    assertEquals("Jamleg", TimeframeKind.ONGOING.getLabel(Language.NN));
    assertEquals("Løpende", TimeframeKind.ONGOING.getLabel(Language.NB));
    assertEquals("Ongoing", TimeframeKind.ONGOING.getLabel(Language.EN));
    assertEquals("Korleis", Concept.HOW.getLabel(Language.NN));
    assertEquals("Tiltak", Concept.MEASURE.getLabel(Language.NN));
    assertEquals("Frist", Concept.DEADLINE.getLabel(Language.NB));
    assertEquals("Held fram", MeasureStatus.CONTINUES.getLabel(Language.NN));
    assertEquals("Hausten", Season.AUTUMN.getLabel(Language.NN));
  }

  // Label

  @Test
  void test_label_of_blankRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Label.of("Tiltak", " ", "Measure"));
    assertEquals("The nn text of a label must not be blank", e.getMessage());
    assertThrows(NullPointerException.class, () -> Label.of(null, "Tiltak", "Measure"));
  }

  @Test
  void test_label_equality() {
    assertEquals(Label.of("a", "b", "c"), Label.of("a", "b", "c"));
    assertEquals(Label.of("a", "b", "c").hashCode(), Label.of("a", "b", "c").hashCode());
    assertNotEquals(Label.of("a", "b", "c"), Label.of("a", "b", "d"));
  }

  // Language

  @Test
  void test_language_ofCode() {
    assertEquals(Optional.of(Language.NN), Language.ofCode("nn-NO"));
    assertEquals(Optional.of(Language.NB), Language.ofCode("no"));
    assertEquals(Optional.of(Language.NB), Language.ofCode("NB_no"));
    assertEquals(Optional.of(Language.EN), Language.ofCode("en-GB"));
    assertEquals(Optional.empty(), Language.ofCode("se"));
    assertEquals(Optional.of(Language.NN), Language.ofLocale(Locale.forLanguageTag("nn")));
  }

  @Test
  void test_language_fallbackOrder() {
    assertEquals(List.of(Language.NN, Language.NB, Language.EN), Language.NN.getFallbackOrder());
    assertEquals(List.of(Language.NB, Language.NN, Language.EN), Language.NB.getFallbackOrder());
    assertEquals(List.of(Language.EN, Language.NB, Language.NN), Language.EN.getFallbackOrder());
  }

  // LocalizedText

  @Test
  void test_localizedText_fallsBack() {
    LocalizedText nbOnly = LocalizedText.of(Language.NB, "Helse- og omsorgstjenester");
    assertEquals("Helse- og omsorgstjenester", nbOnly.in(Language.NN));
    assertEquals(Optional.empty(), nbOnly.exactly(Language.NN));
    LocalizedText both = LocalizedText.builder().putTexts(Language.NB, "Tiltak").putTexts(Language.EN, "Measure")
        .build();
    assertEquals("Measure", both.in(Language.EN));
    assertEquals("Tiltak", both.in(Language.NN));
  }

  @Test
  void test_localizedText_emptyRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LocalizedText.builder().build());
    assertEquals("A localized text needs a text in at least one language", e.getMessage());
  }
}
