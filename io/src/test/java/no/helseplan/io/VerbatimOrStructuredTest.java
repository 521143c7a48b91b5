package no.helseplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Stream;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Milestone;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.project.Project;
import no.helseplan.project.ProjectRole;
import no.helseplan.project.ProjectRoleKind;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Season;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A time frame, resources and responsibility may be the municipality's own string, read with the plan's
 * language and context, or a structured object; the writer keeps the plain string when it reads back equal.
 */
class VerbatimOrStructuredTest {
  /** Real phrases from the seed plans, in the written standard of their plan. */
  static Stream<Arguments> data_timeframes() {
    return Stream.of(
        Arguments.of("Haust 2025", Language.NN),
        Arguments.of("Jamleg", Language.NN),
        Arguments.of("Oddetalsår", Language.NN),
        Arguments.of("22. september kvart år", Language.NN),
        Arguments.of("Tysdag 24. juni", Language.NN),
        Arguments.of("2021-22", Language.NB),
        Arguments.of("01. sept – 10. okt", Language.NB),
        Arguments.of("innen utgangen av 2026", Language.NB),
        Arguments.of("Løpende", Language.NB),
        Arguments.of("i løpet av planperioden", Language.NB));
  }

  private static String yamlPlan(Language language, String measureLines, String tail) {
    return "formatVersion: '1.0'\nid: p\ntitle: Handlingsplan\nkind: action_plan\n"
        + "municipality: {number: '1515', name: Herøy}\n"
        + "measures:\n- id: m1\n  title: Kartlegging\n" + measureLines
        + "language: " + language.getCode() + "\n" + tail;
  }

  // timeframe as a string, context given after the measures in the file

  @ParameterizedTest
  @MethodSource("data_timeframes")
  void test_read_timeframeString(String phrase, Language language) {
    String yaml = yamlPlan(language, "  timeframe: \"" + phrase + "\"\n",
        "period: {start: 2025, end: 2028}\ndocumentDate: 2025-06-05\n");
    Plan plan = PlanReader.strict().read(yaml, PlanFormat.YAML);
    TimeframeContext context = TimeframeContext.builder().periodStart(2025).periodEnd(2028)
        .documentDate(LocalDate.of(2025, 6, 5)).build();
    assertEquals(plan.getTimeframeContext(), context);
    Timeframe read = plan.getMeasures().get(0).getTimeframe().orElseThrow();
    assertEquals(Timeframe.parse(phrase, language, context), read, phrase);
    assertEquals(phrase, read.getText());
  }

  // the writer keeps the plain string when it reads back equal

  @ParameterizedTest
  @MethodSource("data_timeframes")
  void test_write_timeframeString(String phrase, Language language) {
    Plan plan = base(language).addMeasures(Measure.builder().id("m1").title("Kartlegging")
        .timeframe(Timeframe.parse(phrase, language, base(language).build().getTimeframeContext())).build())
        .build();
    String yaml = PlanWriter.canonical().toString(plan, PlanFormat.YAML);
    assertTrue(yaml.contains("timeframe: " + phrase + "\n") || yaml.contains("timeframe: \"" + phrase + "\"\n")
        || yaml.contains("timeframe: '" + phrase + "'\n"), yaml);
    assertEquals(plan, PlanReader.strict().read(yaml, PlanFormat.YAML));
  }

  // a structured time frame the text does not give back is written structured, with its text

  @Test
  void test_write_timeframeStructured() {
    Point point = Point.builder().text("Haust 2025").at(CalendarPoint.ofSeason(2025, Season.AUTUMN)).build();
    Plan plan = base(Language.NN).addMeasures(Measure.builder().id("m1").title("Kartlegging").timeframe(point)
        .build()).build();
    boolean parserUnderstands = Timeframe.parse("Haust 2025", Language.NN, plan.getTimeframeContext()).equals(point);
    String yaml = PlanWriter.canonical().toString(plan, PlanFormat.YAML);
    if (parserUnderstands) {
      assertTrue(yaml.contains("  timeframe: Haust 2025\n"), yaml);
    } else {
      assertTrue(yaml.contains("  timeframe:\n    kind: point\n    text: Haust 2025\n    at:\n      year: 2025\n"
          + "      season: autumn\n"), yaml);
    }
    assertEquals(plan, PlanReader.strict().read(yaml, PlanFormat.YAML));
  }

  // structured forms are read as written

  static Stream<Arguments> data_structured() {
    return Stream.of(
        Arguments.of("timeframe:\n    kind: ongoing\n    text: Jamleg\n", "ongoing"),
        Arguments.of("timeframe:\n    kind: recurring\n    text: Oddetalsår\n    frequency: odd_years\n", "recurring"),
        Arguments.of("timeframe:\n    kind: point\n    text: Haust 2025\n    at: {year: 2025, season: autumn}\n",
            "point"),
        Arguments.of("timeframe:\n    kind: span\n    text: 2026/2027\n    from: {year: 2026}\n    to: {year: 2027}\n",
            "span"),
        Arguments.of("timeframe:\n    kind: relative\n    text: innan 1 veke\n    duration: P7D\n"
            + "    anchor: within_event\n", "relative"),
        Arguments.of("timeframe:\n    kind: unspecified\n    text: i planperioden\n", "unspecified"),
        Arguments.of("timeframe:\n    kind: unrecognised\n    text: snarast\n", "unrecognised"));
  }

  @ParameterizedTest
  @MethodSource("data_structured")
  void test_read_timeframeStructured(String lines, String kind) {
    Plan plan = PlanReader.strict().read(yamlPlan(Language.NN, "  " + lines, ""), PlanFormat.YAML);
    assertEquals(kind, plan.getMeasures().get(0).getTimeframe().orElseThrow().getKind().name().toLowerCase());
  }

  @Test
  void test_read_timeframeUnknownKind() {
    PlanReadException e = org.junit.jupiter.api.Assertions.assertThrows(PlanReadException.class,
        () -> PlanReader.strict().read(yamlPlan(Language.NN, "  timeframe:\n    kind: weekly\n    text: x\n", ""),
            PlanFormat.YAML));
    ReadProblem problem = e.getProblems().get(0);
    assertEquals("io.invalid-value", problem.getCode());
    assertEquals("/measures/0/timeframe", problem.getLocation().getPointer());
    assertEquals("\"weekly\"", problem.getFound().orElseThrow());
  }

  // resources, responsibility, milestones and project-role holders

  @Test
  void test_read_resourcesAndResponsibility() {
    String yaml = yamlPlan(Language.NN, "  resources: Egne rammer / OU midler\n  financing:\n"
        + "    text: Investering\n    needs:\n    - text: Investering\n      kind: investment\n"
        + "  responsibility: \"Dagleg leiar ved Svingen, saman med leiargruppa\"\n",
        "milestones:\n- activity: Oppstart\n  responsibility: Kommunalsjef\n  due: Haust 2025\n"
        + "projects:\n- id: pr1\n  name: Heiltidskultur\n  roles:\n  - kind: steering_group\n"
        + "    holders: Leiargruppa H&O\n");
    Plan plan = PlanReader.strict().read(yaml, PlanFormat.YAML);
    Measure measure = plan.getMeasures().get(0);
    assertEquals(Resources.parse("Egne rammer / OU midler", Language.NN), measure.getResources().orElseThrow());
    assertEquals(Resources.builder().text("Investering").addNeeds(ResourceNeed.builder().text("Investering")
        .kind(ResourceKind.INVESTMENT).build()).build(), measure.getFinancing().orElseThrow());
    assertEquals(Responsibility.parse("Dagleg leiar ved Svingen, saman med leiargruppa", Language.NN),
        measure.getResponsibility().orElseThrow());
    Milestone milestone = plan.getMilestones().get(0);
    assertEquals(Responsibility.parse("Kommunalsjef", Language.NN), milestone.getResponsibility().orElseThrow());
    assertEquals(Timeframe.parse("Haust 2025", Language.NN, plan.getTimeframeContext()),
        milestone.getDue().orElseThrow());
    ProjectRole role = plan.getProjects().get(0).getRoles().get(0);
    assertEquals(Responsibility.parse("Leiargruppa H&O", Language.NN), role.getHolders());
  }

  @Test
  void test_write_responsibilityStructured() {
    Responsibility structured = Responsibility.builder().text("Dagleg leiar ved Svingen, saman med leiargruppa")
        .lead(Actor.of("Dagleg leiar ved Svingen", ActorKind.ROLE))
        .addPartners(Actor.of("leiargruppa", ActorKind.LEADERSHIP_GROUP)).build();
    Plan plan = base(Language.NN).addProjects(Project.builder().id("pr1").name("Heiltidskultur")
        .addRoles(ProjectRole.builder().kind(ProjectRoleKind.OWNER).holders(structured).build()).build()).build();
    String yaml = PlanWriter.canonical().toString(plan, PlanFormat.YAML);
    boolean plain = Responsibility.parse(structured.getText(), Language.NN).equals(structured);
    assertEquals(!plain, yaml.contains("lead:\n"), yaml);
    assertTrue(yaml.contains("Dagleg leiar ved Svingen, saman med leiargruppa"), yaml);
    assertEquals(plan, PlanReader.strict().read(yaml, PlanFormat.YAML));
  }

  private static Plan.Builder base(Language language) {
    return Plan.builder().id("p").title("Handlingsplan").kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy")).language(language).period(PlanPeriod.of(2025, 2028))
        .documentDate(LocalDate.of(2025, 6, 5));
  }
}
