package no.helseplan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.helseplan.io.PlanReadException;
import no.helseplan.io.ReadProblem;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureStatus;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.testing.Generated;
import no.helseplan.testing.PlanGenerator;
import no.helseplan.testing.Seeds;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Season;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** The measure table: one row per measure, RFC 4180 quoting, headers in three languages, located errors. */
class PlanCsvTest {
  static final Set<CsvColumn> DERIVED = EnumSet.of(CsvColumn.EARLIEST, CsvColumn.LATEST, CsvColumn.TIMEFRAME_KIND,
      CsvColumn.LEAD, CsvColumn.PARTNERS, CsvColumn.RESOURCE_KINDS, CsvColumn.RESOURCE_AMOUNTS);

  static Plan heroy() {
    Point autumn = Point.builder().text("Haust 2025").at(CalendarPoint.ofSeason(2025, Season.AUTUMN)).build();
    return Plan.builder().id("heroy-2025").title("Handlingsplan for perioden 2025 - 2028")
        .kind(PlanKind.ACTION_PLAN).municipality(Municipality.of("1515", "Herøy")).language(Language.NN)
        .period(PlanPeriod.of(2025, 2028))
        .addMeasures(Measure.builder().id("t0").title("Plan-wide, with \"quotes\", commas\nand a line break").build())
        .addFocusAreas(FocusArea.builder().id("fa1").name("Førebygging").addMeasures(Measure.builder().id("t1")
            .title("Kvardagsrehabilitering").description("Korleis:").addBullets(Bullet.of("Opplæring",
                Bullet.of("Tverrfagleg team"))).addGoals("1", "7").timeframe(autumn)
            .responsibility(Responsibility.parse("Dagleg leiar ved Svingen, saman med leiargruppa", Language.NN))
            .status(MeasureStatus.IN_PROGRESS).build()).build())
        .build();
  }

  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(CsvSchema.emptySchema())
        .readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  // toString()

  @Test
  void test_toString_rowsAndQuoting() {
    String csv = PlanCsv.of(Language.NN).toString(List.of(heroy()));
    assertTrue(csv.startsWith("Kommunenummer,Kommune,Plan-ID,Plantittel,Plantype,Målform,Planperiode,Innsatsområde,"
        + "Mål,Tiltaks-ID,Tiltak,Skildring,Tidsfrist,Tidlegaste dato,Seinaste dato,Type tidsfrist,Ansvar,"
        + "Hovudansvarleg,Samarbeidspartar,Ressursbehov,Ressurstypar,Mengd,Finansiering,Status\r\n"), csv);
    assertTrue(csv.contains(",\"Plan-wide, with \"\"quotes\"\", commas\nand a line break\","), csv);
    List<List<String>> rows = parse(csv);
    assertEquals(3, rows.size());
    List<String> t1 = rows.get(2);
    assertEquals("Førebygging", t1.get(CsvColumn.FOCUS_AREA.ordinal()));
    assertEquals("1; 7", t1.get(CsvColumn.GOALS.ordinal()));
    assertEquals("Korleis:\n• Opplæring\n  – Tverrfagleg team", t1.get(CsvColumn.DESCRIPTION.ordinal()));
    assertEquals("Haust 2025", t1.get(CsvColumn.TIMEFRAME.ordinal()));
    assertEquals("2025-08-01", t1.get(CsvColumn.EARLIEST.ordinal()));
    assertEquals("2025-12-31", t1.get(CsvColumn.LATEST.ordinal()));
    assertEquals("point", t1.get(CsvColumn.TIMEFRAME_KIND.ordinal()));
    assertEquals("in_progress", t1.get(CsvColumn.STATUS.ordinal()));
    assertEquals("", rows.get(1).get(CsvColumn.FOCUS_AREA.ordinal()));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void test_toString_headers(Language language) {
    List<String> header = parse(PlanCsv.of(language).toString(List.of(heroy()))).get(0);
    for (CsvColumn column : CsvColumn.values()) {
      assertEquals(column.getLabel(language), header.get(column.ordinal()));
    }
    assertEquals(CsvColumn.values().length, Set.copyOf(header).size(), "headers are distinct");
  }

  @Test
  void test_toString_byteOrderMark() {
    assertTrue(PlanCsv.of(Language.NB).withByteOrderMark(true).toString(List.of(heroy())).startsWith("\uFEFFKommune"));
    assertEquals("p", "\uFEFF".isEmpty() ? "" : "p");
    List<Plan> read = PlanCsv.of(Language.NB).read(PlanCsv.of(Language.NB).withByteOrderMark(true)
        .toString(List.of(heroy())));
    assertEquals("heroy-2025", read.get(0).getId());
  }

  // read()

  @Test
  void test_read_heroy() {
    List<Plan> plans = PlanCsv.of(Language.EN).read(PlanCsv.of(Language.NN).toString(List.of(heroy())));
    assertEquals(1, plans.size());
    Plan plan = plans.get(0);
    assertEquals(Municipality.of("1515", "Herøy"), plan.getMunicipality());
    assertEquals(PlanPeriod.of(2025, 2028), plan.getPeriod().orElseThrow());
    assertEquals("Plan-wide, with \"quotes\", commas\nand a line break", plan.getMeasures().get(0).getTitle());
    Measure t1 = plan.getFocusAreas().get(0).getMeasures().get(0);
    assertEquals(List.of("1", "7"), t1.getGoals());
    assertEquals("Haust 2025", t1.getTimeframe().orElseThrow().getText());
    assertEquals(Responsibility.parse("Dagleg leiar ved Svingen, saman med leiargruppa", Language.NN),
        t1.getResponsibility().orElseThrow());
    assertEquals(MeasureStatus.IN_PROGRESS, t1.getStatus().orElseThrow());
  }

  static List<Generated<List<Plan>>> plans() {
    return Seeds.cases(40, random -> {
      PlanGenerator generator = new PlanGenerator(random);
      Plan second = generator.plan();
      return List.of(generator.plan(), Plan.builder().from(second).id(second.getId() + "-b").build());
    });
  }

  /** Property: the verbatim columns survive table → plans → table. */
  @ParameterizedTest
  @MethodSource("plans")
  void test_read_roundTripOfVerbatimColumns(Generated<List<Plan>> generated) {
    PlanCsv csv = PlanCsv.of(Language.NB);
    String first = csv.toString(generated.value());
    String second = csv.toString(csv.read(first));
    List<List<String>> a = parse(first);
    List<List<String>> b = parse(second);
    assertEquals(a.size(), b.size(), generated::toString);
    for (int r = 0; r < a.size(); r++) {
      for (CsvColumn column : CsvColumn.values()) {
        if (!DERIVED.contains(column) && !(r > 0 && column == CsvColumn.DESCRIPTION)) {
          assertEquals(a.get(r).get(column.ordinal()), b.get(r).get(column.ordinal()),
              generated + ", row " + r + ", " + column);
        }
      }
    }
  }

  @Test
  void test_read_locatedErrors() {
    String csv = PlanCsv.of(Language.NB).toString(List.of(heroy())).replace("in_progress", "pågår");
    PlanReadException e = assertThrows(PlanReadException.class, () -> PlanCsv.of(Language.NB).read(csv));
    String badKind = PlanCsv.of(Language.NB).toString(List.of(heroy())).replace("action_plan", "handlingsplan");
    PlanReadException e2 = assertThrows(PlanReadException.class, () -> PlanCsv.of(Language.NB).read(badKind));
    List<ReadProblem> problems = List.of(e2.getProblems().get(0), e.getProblems().get(0));
    assertEquals(1, e.getProblems().size(), e::getMessage);
    ReadProblem kind = problems.get(0);
    assertEquals("csv.invalid-value", kind.getCode());
    assertEquals(2, kind.getLocation().getLine());
    assertEquals(CsvColumn.PLAN_KIND.ordinal() + 1, kind.getLocation().getColumn());
    assertEquals("/rows/1/Kind of plan", kind.getLocation().getPointer());
    assertEquals("Kind of plan", kind.getSubject().orElseThrow());
    ReadProblem status = problems.get(1);
    assertEquals(4, status.getLocation().getLine(), "the row after a two-line field starts on line 4");
    assertEquals("/rows/2/Status", status.getLocation().getPointer());
    assertTrue(status.getMessage(Language.NN).startsWith("Verdien \"pågår\" i kolonnen «Status» er ikkje tillaten;"
        + " venta ein av: planned,"), status::toString);
  }

  @Test
  void test_read_headerProblems() {
    PlanReadException e = assertThrows(PlanReadException.class,
        () -> PlanCsv.of(Language.NB).read("Kommunenummer,Farge\r\n1515,blå\r\n"));
    assertEquals("csv.unknown-column", e.getProblems().get(0).getCode());
    assertEquals("Farge", e.getProblems().get(0).getSubject().orElseThrow());
    assertTrue(e.getProblems().stream().anyMatch(p -> p.getCode().equals("csv.missing-column")
        && p.getSubject().orElseThrow().equals("Plan id")), e::getMessage);
  }

  @Test
  void test_read_inconsistentPlan() {
    List<List<String>> rows = parse(PlanCsv.of(Language.NB).toString(List.of(heroy())));
    String csv = PlanCsv.of(Language.NB).toString(List.of(heroy()))
        .replace(",Herøy,heroy-2025,Handlingsplan for perioden 2025 - 2028,action_plan,nn,2025-2028,Førebygging",
            ",Herøy,heroy-2025,Handlingsplan 2026,action_plan,nn,2025-2028,Førebygging");
    assertEquals(3, rows.size());
    PlanReadException e = assertThrows(PlanReadException.class, () -> PlanCsv.of(Language.NB).read(csv));
    assertEquals("csv.inconsistent", e.getProblems().get(0).getCode());
    assertEquals("Plan title", e.getProblems().get(0).getSubject().orElseThrow());
  }
}
