package no.helseplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Indicator;
import no.helseplan.goal.IndicatorValue;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Measure;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Participant;
import no.helseplan.plan.Perspective;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.plan.PlanValue;
import no.helseplan.project.Project;
import no.helseplan.reference.Reference;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Section;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.timeframe.Point;
import no.helseplan.validation.internal.Constraints;
import no.helseplan.vocabulary.Concept;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message bundles: the same keys in the English base, nb and nn (nn never falls back to nb); an empty
 * {@code _en}; every key the validator can produce is there and is produced; rendered messages have no raw
 * {@code {key}}, keep æøå, name the field by its vocabulary label and quote the offending value; Nynorsk is
 * Nynorsk and Bokmål is Bokmål.
 */
class ContributorValidationMessagesTest {
  private static final String BASE = "ContributorValidationMessages";

  static Properties load(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = PlanValidator.class.getModule().getResourceAsStream(BASE + suffix + ".properties")) {
      assertNotNull(in, BASE + suffix + ".properties is missing");
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** Every key the code can produce, derived from the rules and the constraint tables. */
  static Set<String> producibleKeys() {
    Set<String> keys = new TreeSet<>();
    for (Rule rule : Rule.values()) {
      switch (rule) {
        case TEXT_REQUIRED:
          Constraints.REQUIRED.forEach(r -> keys.add(rule.getMessageKey() + "." + r.field()));
          break;
        case YEAR_OUT_OF_RANGE:
          Constraints.YEAR_FIELDS.forEach(f -> keys.add(rule.getMessageKey() + "." + f));
          break;
        case LANGUAGE_MISMATCH:
          keys.add(rule.getMessageKey() + ".nb");
          keys.add(rule.getMessageKey() + ".nn");
          break;
        default:
          keys.add(rule.getMessageKey());
      }
    }
    return keys;
  }

  /** A plan where every required text is blank and every year is implausible. */
  static Plan everyFieldWrong() {
    Point year1800 = Point.builder().text("1800").at(CalendarPoint.ofYear(1800)).build();
    Measure measure = Measure.builder().id("").title("").timeframe(year1800)
        .responsibility(Responsibility.of("Ingen", Actor.of("", ActorKind.OTHER))).build();
    FocusArea area = FocusArea.builder().id("").name("")
        .addGoals(Goal.builder().id("").statement("").addIndicators(Indicator.builder().name("")
            .baseline(IndicatorValue.builder().value(BigDecimal.ONE).year(1800).build()).build()).build())
        .addStrategies(Strategy.builder().id("").statement("").build())
        .addMeasures(measure).build();
    return Plans.base().id("").title("").period(PlanPeriod.of(1800, 1801))
        .municipality(Municipality.of("1515", ""))
        .documentDate(LocalDate.of(1000, 1, 1))
        .adoption(Adoption.builder().date(LocalDate.of(1000, 1, 1)).build())
        .addValues(PlanValue.builder().name("").build())
        .addPerspectives(Perspective.builder().name("").build())
        .addParticipants(Participant.builder().name("").build())
        .addReferences(Reference.builder().title("").build())
        .addSections(Section.builder().title("").build())
        .addFocusAreas(area)
        .addProjects(Project.builder().id("").name("").build())
        .addMilestones(Milestone.builder().activity("").build())
        .build();
  }

  /** Plans that together produce every message key. */
  static List<Plan> everyKeyPlans() {
    return List.of(everyFieldWrong(), PlantedDefectsTest.PLAN,
        Plans.plan(Plans.areaWith(Plans.measure("tiltak-1").timeframe(Ongoing.of("Jamleg")).build())).build(),
        Plans.plan().language(Language.NB).title("Vi skal ikkje gi opp").build(), Issue11RulesTest.everyRule());
  }

  private static final Map<Language, Map<String, Finding>> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

  static Map<String, Finding> render(Language language) {
    return RENDERED.computeIfAbsent(language, ContributorValidationMessagesTest::renderOnce);
  }

  private static Map<String, Finding> renderOnce(Language language) {
    PlanValidator validator = PlanValidator.builder().language(language).municipalities(PlantedDefectsTest.REGISTER)
        .writtenStandard(RuleTest.DETECTOR).build();
    Map<String, Finding> byKey = new HashMap<>();
    for (Plan plan : everyKeyPlans()) {
      validator.validate(plan).getFindings().forEach(f -> byKey.putIfAbsent(f.getMessageKey(), f));
    }
    return byKey;
  }

  // the bundle files

  @Test
  void test_bundles_sameKeysInBaseNbAndNn() throws IOException {
    Set<String> base = load("").stringPropertyNames();
    assertEquals(base, load("_nb").stringPropertyNames(), "nb must have every key of the base, and no other");
    assertEquals(base, load("_nn").stringPropertyNames(), "nn must have every key (nn never falls back to nb)");
    assertEquals(Set.of(), load("_en").stringPropertyNames(), "_en is empty on purpose");
  }

  @Test
  void test_bundles_holdExactlyTheProducibleKeys() throws IOException {
    Set<String> expected = producibleKeys();
    expected.add("helseplan.check");
    assertEquals(expected, new TreeSet<>(load("").stringPropertyNames()));
  }

  @Test
  void test_bundles_areUtf8WithNorwegianLetters() throws IOException {
    assertEquals("Innsatsområdet manglar namn", load("_nn").getProperty("helseplan.text.required.focus-area.name"));
    assertEquals("Milepælen mangler aktivitet", load("_nb").getProperty("helseplan.text.required.milestone.activity"));
    assertTrue(load("_nn").getProperty("helseplan.goal.unserved").contains("følgjer"));
  }

  // what the validator renders

  @ParameterizedTest
  @EnumSource(Language.class)
  void test_render_everyKeyIsProducedAndRenderedCleanly(Language language) {
    Map<String, Finding> byKey = render(language);
    assertEquals(producibleKeys(), new TreeSet<>(byKey.keySet()), "keys produced by the every-key plans");
    for (Finding f : byKey.values()) {
      String message = f.getMessage();
      assertFalse(message.contains("{") || message.contains("}") || message.contains("helseplan."),
          "raw key or parameter in " + f);
      assertFalse(message.isBlank(), f::toString);
      f.getValue().map(String::strip).filter(v -> !v.isEmpty() && v.length() < 80).ifPresent(v ->
          assertTrue(message.contains(v), "the message must quote the value '" + v + "': " + f));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void test_render_norwegianLettersSurvive(Language language) {
    Map<String, Finding> byKey = render(language);
    String expected = Map.of(Language.NB, "Innsatsområdet mangler navn", Language.NN, "Innsatsområdet manglar namn",
        Language.EN, "The focus area has no name").get(language);
    assertEquals(expected, byKey.get("helseplan.text.required.focus-area.name").getMessage());
    assertEquals(language == Language.EN ? "The milestone has no activity"
        : language == Language.NB ? "Milepælen mangler aktivitet" : "Milepælen manglar aktivitet",
        byKey.get("helseplan.text.required.milestone.activity").getMessage());
  }

  static Stream<Arguments> data_fieldLabels() {
    Map<String, List<Concept>> fields = new HashMap<>();
    fields.put("helseplan.text.required.plan.id", List.of(Concept.PLAN));
    fields.put("helseplan.text.required.plan.title", List.of(Concept.PLAN, Concept.TITLE));
    fields.put("helseplan.text.required.focus-area.id", List.of(Concept.FOCUS_AREA));
    fields.put("helseplan.text.required.focus-area.name", List.of(Concept.FOCUS_AREA));
    fields.put("helseplan.text.required.goal.id", List.of(Concept.GOAL));
    fields.put("helseplan.text.required.goal.statement", List.of(Concept.GOAL));
    fields.put("helseplan.text.required.strategy.id", List.of(Concept.STRATEGY));
    fields.put("helseplan.text.required.strategy.statement", List.of(Concept.STRATEGY));
    fields.put("helseplan.text.required.measure.id", List.of(Concept.MEASURE));
    fields.put("helseplan.text.required.measure.title", List.of(Concept.MEASURE, Concept.TITLE, Concept.WHAT));
    fields.put("helseplan.text.required.project.id", List.of(Concept.PROJECT));
    fields.put("helseplan.text.required.project.name", List.of(Concept.PROJECT));
    fields.put("helseplan.text.required.milestone.activity", List.of(Concept.MILESTONE));
    fields.put("helseplan.text.required.actor.name", List.of(Concept.RESPONSIBILITY));
    fields.put("helseplan.text.required.municipality.name", List.of(Concept.MUNICIPALITY));
    fields.put("helseplan.text.required.indicator.name", List.of(Concept.INDICATOR));
    fields.put("helseplan.text.required.reference.title", List.of(Concept.REFERENCE, Concept.TITLE));
    fields.put("helseplan.text.required.section.title", List.of(Concept.SECTION, Concept.TITLE));
    fields.put("helseplan.text.required.value.name", List.of(Concept.VALUE));
    fields.put("helseplan.text.required.perspective.name", List.of(Concept.PERSPECTIVE));
    fields.put("helseplan.text.required.participant.name", List.of(Concept.PARTICIPANT));
    fields.put("helseplan.year.out-of-range.period.start", List.of(Concept.PERIOD));
    fields.put("helseplan.year.out-of-range.period.end", List.of(Concept.PERIOD));
    fields.put("helseplan.year.out-of-range.timeframe", List.of(Concept.TIMEFRAME));
    fields.put("helseplan.year.out-of-range.indicator", List.of(Concept.INDICATOR));
    fields.put("helseplan.year.out-of-range.adoption.date", List.of(Concept.ADOPTION));
    fields.put("helseplan.measure.responsibility.missing", List.of(Concept.MEASURE, Concept.RESPONSIBILITY));
    fields.put("helseplan.measure.timeframe.missing", List.of(Concept.MEASURE, Concept.TIMEFRAME));
    fields.put("helseplan.responsibility.lead.missing", List.of(Concept.RESPONSIBILITY));
    fields.put("helseplan.focus-area.goals.missing", List.of(Concept.FOCUS_AREA, Concept.GOAL));
    fields.put("helseplan.municipality.unknown", List.of(Concept.MUNICIPALITY_NUMBER));
    return fields.entrySet().stream().flatMap(e -> Stream.of(Language.values())
        .map(l -> Arguments.of(e.getKey(), l, e.getValue())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("data_fieldLabels")
  void test_render_namesTheFieldByItsVocabularyLabel(String key, Language language, List<Concept> concepts) {
    Finding finding = render(language).get(key);
    assertNotNull(finding, key);
    Locale locale = language.toLocale();
    for (Concept concept : concepts) {
      assertTrue(finding.getMessage().toLowerCase(locale).contains(concept.getLabel(language).toLowerCase(locale)),
          "'" + finding.getMessage() + "' should name " + concept + " as '" + concept.getLabel(language) + "'");
    }
  }

  // the written standards

  /** Bokmål forms that have another Nynorsk form, and the other way round; whole words. */
  private static final Pattern BOKMAL_ONLY = Pattern.compile("(?iu)(?<![\\p{L}-])(ikke|mangler|finnes|fantes|ligger|"
      + "kommer|allerede|skrevet|navn|bare|noen|noe|hvem|hva|hvorfor|følger|uten|utenfor|tolkes|eller en|en|et|"
      + "hvordan|vises|gjelder|starter|slutter|tallet|årstallet|ligge|sier|målene|hovedansvarlig|tatt)(?!\\p{L})");
  private static final Pattern NYNORSK_ONLY = Pattern.compile("(?iu)(?<![\\p{L}-])(ikkje|manglar|finst|fanst|ligg|"
      + "kjem|allereie|skriven|namn|berre|nokon|noko|kven|kva|kvifor|følgjer|utan|utanfor|tolkast|ein|eit|korleis|"
      + "gjeld|byrjar|sluttar|talet|årstalet|liggje|seier|måla|hovudansvarleg|teken)(?!\\p{L})");

  static Stream<Arguments> data_writtenStandards() throws IOException {
    Properties nb = load("_nb");
    Properties nn = load("_nn");
    Stream<Arguments> bundles = nb.stringPropertyNames().stream().flatMap(k -> Stream.of(
        Arguments.of("nb " + k, nb.getProperty(k), Language.NB), Arguments.of("nn " + k, nn.getProperty(k), Language.NN)));
    Stream<Arguments> rules = Stream.of(Rule.values()).flatMap(r -> Stream.of(Language.NB, Language.NN).flatMap(l ->
        Stream.of(r.getLabel(l), r.getChecks().in(l), r.getWhy().in(l)).map(t -> Arguments.of(r + " " + l, t, l))));
    return Stream.concat(bundles, rules);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("data_writtenStandards")
  void test_texts_nynorskIsNynorskAndBokmalIsBokmal(String name, String text, Language language) {
    Pattern wrong = language == Language.NN ? BOKMAL_ONLY : NYNORSK_ONLY;
    var matcher = wrong.matcher(text);
    assertFalse(matcher.find(), () -> name + ": '" + matcher.group() + "' is not " + language.getLabel(Language.EN)
        + " in: " + text);
  }

  @Test
  void test_texts_nbAndNnDifferWhereTheWordsDiffer() throws IOException {
    Properties nb = load("_nb");
    Properties nn = load("_nn");
    List<String> same = nb.stringPropertyNames().stream().filter(k -> nb.getProperty(k).equals(nn.getProperty(k)))
        .sorted().collect(Collectors.toList());
    assertEquals(List.of("helseplan.amount.negative", "helseplan.focus-area.goals.missing"), same,
        "only these messages are written alike in nb and nn");
  }
}
