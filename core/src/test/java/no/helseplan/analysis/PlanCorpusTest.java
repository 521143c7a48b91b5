package no.helseplan.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.helseplan.goal.Goal;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.timeframe.TimeframeKind;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;

/**
 * The flat view and the ready-made tables on three real plans. Every expected number was counted by hand in
 * the source documents (shared/seeds) and is explained beside its assertion.
 */
class PlanCorpusTest {
  private static final Plan HEROY = SeedPlans.heroy();
  private static final Plan SOR_VARANGER = SeedPlans.sorVaranger();
  private static final Plan VOSS = SeedPlans.voss();
  private static final PlanCorpus CORPUS = PlanCorpus.of(HEROY, SOR_VARANGER, VOSS);

  private static MeasureInContext measure(String planId, String measureId) {
    return CORPUS.measures().filter(m -> m.getPlan().getId().equals(planId) && m.getId().equals(measureId))
        .findFirst().orElseThrow(() -> new AssertionError("no " + measureId + " in " + planId));
  }

  // measures(), getMeasures()

  @Test
  void test_measures_everyDepthCounted() {
    // Herøy 5+8+10+12+12+18 = 65 in six focus areas; Sør-Varanger 28 tiltak in one table; Voss 51 oppdrag.
    assertEquals(65 + 28 + 51, CORPUS.getMeasures().size());
    assertEquals(65, CORPUS.measures().filter(m -> m.getPlan() == HEROY).count());
    assertEquals(28, CORPUS.measures().filter(m -> m.getFocusArea().isEmpty() && m.getPlan() == SOR_VARANGER)
        .count());
    assertEquals(CORPUS.getMeasures(), CORPUS.measures().collect(Collectors.toList()));
  }

  @Test
  void test_measures_contextOfOneMeasure() {
    // Herøy, Aktivitet og frivilligheit, first measure: "Etablere Svingen dagaktivitetstilbod", Haust 2025, no ansvar.
    MeasureInContext svingen = measure("heroy-handlingsplan-2025", "tiltak-2-1");
    assertEquals(Municipality.of("1515", "Herøy"), svingen.getMunicipality());
    assertEquals("Aktivitet og frivilligheit", svingen.getFocusArea().map(FocusArea::getName).orElseThrow());
    assertEquals(List.of("Legge til rette for aktivitet"),
        svingen.getGoals().stream().map(Goal::getStatement).collect(Collectors.toList()));
    assertEquals(Optional.of(TimeframeKind.POINT), svingen.getTimeframeKind());
    assertEquals(Optional.of(LocalDate.of(2025, 8, 1)), svingen.getEarliest());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), svingen.getLatest());
    assertTrue(svingen.hasConcreteDeadline());
    assertTrue(svingen.isDueIn(2025));
    assertFalse(svingen.isDueIn(2026));
    assertFalse(svingen.hasLead());
    assertEquals(Optional.empty(), svingen.getLeadKind());
  }

  @Test
  void test_measures_ongoingBoundedByThePlanPeriod() {
    // "Jamleg" in a plan for 2025–2028 allows 2025-01-01 to 2028-12-31, but is no deadline.
    MeasureInContext jamleg = measure("heroy-handlingsplan-2025", "tiltak-1-1");
    assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), jamleg.getEarliest());
    assertEquals(Optional.of(LocalDate.of(2028, 12, 31)), jamleg.getLatest());
    assertFalse(jamleg.hasConcreteDeadline());
    assertFalse(jamleg.isDueIn(2028));
    assertEquals(Optional.of(ActorKind.SECTOR), jamleg.getLeadKind());
  }

  @Test
  void test_measures_planLevelMeasureCitesGoalsOfTwoFocusAreas() {
    // Sør-Varanger's tiltak 2 cites hovedmål "1,7": 1 is under "Utvikling av ansatte og organisasjon", 7 under
    // "Eldreomsorg".
    MeasureInContext tiltak2 = measure("sor-varanger-strategisk-plan-2020", "tiltak-2");
    assertEquals(Optional.empty(), tiltak2.getFocusArea());
    assertEquals(List.of("1", "7"), tiltak2.getGoals().stream().map(g -> g.getNumber().orElseThrow())
        .collect(Collectors.toList()));
    assertEquals(List.of("Utvikling av ansatte og organisasjon", "Eldreomsorg"),
        tiltak2.getCitedFocusAreas().stream().map(FocusArea::getName).collect(Collectors.toList()));
    assertEquals(List.of(), tiltak2.getUnresolvedGoals());
    // Five tiltak cite two hovedmål: 2 (1,7), 5 (2,6), 9 (4,7), 22 (9,10), 25 (10,12).
    assertEquals(5, CORPUS.measures().filter(m -> m.getGoals().size() == 2).count());
  }

  @Test
  void test_measures_unresolvedGoalKept() {
    Plan plan = Plan.builder().id("p").title("t").kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy")).language(Language.NN)
        .addMeasures(Measure.builder().id("m").title("Tiltak").addGoals("finst-ikkje").addStrategies("strategi-9")
            .build()).build();
    MeasureInContext m = PlanCorpus.of(plan).getMeasures().get(0);
    assertEquals(List.of("finst-ikkje"), m.getUnresolvedGoals());
    assertEquals(List.of(), m.getGoals());
    assertEquals(List.of("strategi-9"), m.getUnresolvedStrategies());
    assertEquals(List.of(), m.getStrategies());
  }

  @Test
  void test_measures_textHasTitleDescriptionAndBulletsNotNotes() {
    // Sør-Varanger's tiltak 22: title and its first bullet.
    MeasureInContext tiltak22 = measure("sor-varanger-strategisk-plan-2020", "tiltak-22");
    assertEquals("Organisere våre tjenester for å ha en helhetlig demensomsorg\n"
        + "Utrede og implementere forskjellige tiltak for helhetlig demensomsorg", tiltak22.getText());
    Measure noted = Measure.builder().id("x").title("Tittel").description("Korleis").addNotes("Oppdrag held fram")
        .build();
    assertEquals("Tittel\nKorleis", PlanCorpus.measuresOf(plan(noted)).get(0).getText());
  }

  // goals(), strategies()

  @Test
  void test_goals_withDepth() {
    // Herøy: 6 målsettingar (depth 0) with 1+2+3+2+4+4 = 16 "Kva" sub-goals (depth 1); Sør-Varanger 13 hovedmål;
    // Voss 3 mål.
    assertEquals(22 + 13 + 3, CORPUS.getGoals().size());
    assertEquals(16, CORPUS.goals().filter(g -> g.getDepth() == 1).count());
    GoalInContext kva = CORPUS.goals().filter(g -> g.getId().equals("heilskap-kva-3")).findFirst().orElseThrow();
    assertEquals("Styrke og differensiere tilbodet innanfor psykisk helse og rus", kva.getStatement());
    assertEquals("heilskap-malsetting", kva.getParent().map(Goal::getId).orElseThrow());
    assertEquals("Heilskap", kva.getFocusArea().map(FocusArea::getName).orElseThrow());
    assertEquals(CORPUS.getGoals(), CORPUS.goals().collect(Collectors.toList()));
  }

  @Test
  void test_strategies_resolveTheirGoals() {
    // Voss: six strategies, each serving all three goals.
    assertEquals(6, CORPUS.getStrategies().size());
    assertTrue(CORPUS.strategies().allMatch(s -> s.getGoals().size() == 3 && s.getUnresolvedGoals().isEmpty()));
    assertEquals(1, CORPUS.strategies().filter(s -> Themes.USER_PARTICIPATION.matches(s.getText())).count(),
        "only 'Leggja til rette for familie- og pårørandemedverknad' is about participation");
  }

  @Test
  void test_strategies_inFocusAreaWithThemes() {
    // Hustadvika, målområde 2: 3 goals with 4, 4 and 2 strategies; 3 "Dette må gjøres".
    PlanCorpus hustadvika = PlanCorpus.of(SeedPlans.hustadvika());
    assertEquals(10, hustadvika.getStrategies().size());
    assertTrue(hustadvika.strategies().allMatch(s -> s.getFocusArea().isPresent() && s.getGoals().size() == 1
        && s.getUnresolvedGoals().isEmpty()));
    assertEquals(List.of(4L, 4L, 2L), List.of("medvirkning-mal-1", "medvirkning-mal-2", "medvirkning-mal-3").stream()
        .map(id -> hustadvika.strategies().filter(s -> s.getGoals().get(0).getId().equals(id)).count())
        .collect(Collectors.toList()));
    // pårørende in seven strategies: all but "Tydelige forventningsavklaringer", "Alle nivå … kompetanse om
    // medvirkning" and "Partnerskap med frivillighet …".
    assertEquals(7, hustadvika.strategies().filter(s -> Themes.NEXT_OF_KIN.matches(s.getText())).count());
    // medvirkning / medvirke in strategies 1-3 and 1-4; "medvirker" in the first goal.
    assertEquals(2, hustadvika.strategies().filter(s -> Themes.USER_PARTICIPATION.matches(s.getText())).count());
    assertEquals(1, hustadvika.goals().filter(g -> Themes.USER_PARTICIPATION.matches(g.getText())).count());
    assertEquals(3, hustadvika.goals().filter(g -> Themes.NEXT_OF_KIN.matches(g.getText())).count());
    // "Tilby pårørendeskoler innen demens, rus/psykisk helse …": three themes at once.
    assertEquals(List.of(Themes.DEMENTIA, Themes.NEXT_OF_KIN, Themes.MENTAL_HEALTH_AND_SUBSTANCE_USE),
        Themes.builtIn().matching(hustadvika.getMeasures().get(0).getText()));
  }

  // countByFocusArea

  @Test
  void test_countByFocusArea() {
    Table table = CORPUS.countByFocusArea(Language.NN);
    assertEquals(List.of("Kommune", "Plan", "Innsatsområde", "Tiltak"), table.getColumns());
    // Herøy's six areas, Sør-Varanger's plan level and three areas (without measures), Voss's plan level.
    assertEquals(6 + 4 + 1, table.getRowCount());
    assertEquals(List.of("Herøy", "heroy-handlingsplan-2025", "Brukarmedverknad", 5L), table.getRows().get(0));
    assertEquals(List.of(5L, 8L, 10L, 12L, 12L, 18L, 28L, 0L, 0L, 0L, 51L), table.getColumn("Tiltak"));
    assertEquals("Planen sitt eige nivå", table.get(6, "Innsatsområde"));
    assertEquals("Plan level", CORPUS.countByFocusArea(Language.EN).get(6, "Focus area"));
  }

  // countByTimeframeKind

  @Test
  void test_countByTimeframeKind() {
    Table table = CORPUS.countByTimeframeKind(Language.NN);
    assertEquals(List.of("Kommune", "Plan", "Jamleg", "Gjentakande", "Tidspunkt", "Periode", "Tidsramme",
        "I løpet av planperioden", "Ikkje tolka", "Utan tidsfrist", "I alt"), table.getColumns());
    // Herøy: 43 Jamleg, 4 recurring (Oddetalsår, Årleg ×3), 14 points (Haust 2025, Hausten 2025, August 2025,
    // 2025, 2026 ×8, 2027, 2028), one span (2026/2027), three without a time frame (6-3, 6-5, 6-7).
    assertEquals(List.of("Herøy", "heroy-handlingsplan-2025", 43L, 4L, 14L, 1L, 0L, 0L, 0L, 3L, 65L),
        table.getRows().get(0));
    // Sør-Varanger: six single years ("2021"), 22 spans ("2021-22", "2020 - 2021", …).
    assertEquals(List.of("Sør-Varanger", "sor-varanger-strategisk-plan-2020", 0L, 0L, 6L, 22L, 0L, 0L, 0L, 0L,
        28L), table.getRows().get(1));
    // Voss: "innan 1 veke" (relative), three yearly ("22. september kvart år", "kvart år", "minst ein gong kvart
    // år"), the other 47 oppdrag without.
    assertEquals(List.of("Voss", "voss-parorandestrategi-2025", 0L, 3L, 0L, 0L, 1L, 0L, 0L, 47L, 51L),
        table.getRows().get(2));
  }

  // countByLeadKind

  @Test
  void test_countByLeadKind() {
    Table table = CORPUS.countByLeadKind(Language.NB);
    assertEquals(List.of("Kommune", "Plan", "Hovedansvarlig", "Tiltak", "Andel"), table.getColumns());
    List<List<Object>> heroy = table.getRows().stream().filter(r -> r.get(0).equals("Herøy"))
        .collect(Collectors.toList());
    // Herøy's ansvar column read by hand: 29 leadership groups ("Leiargruppa i helse og omsorg", "Overordna
    // leiargruppe", …), 10 roles, 8 "Alle leiarane"/"Alle tilsette", 4 sectors, 4 "Heile organisasjonen",
    // 3 departments, 3 sections, 2 strategy groups, NAV, and "Etablere Svingen dagaktivitetstilbod" with none.
    assertEquals(List.of(
        List.of("Herøy", "heroy-handlingsplan-2025", "Ledergruppe", 29L, new BigDecimal("0.446")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Sektor", 4L, new BigDecimal("0.062")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Avdeling", 3L, new BigDecimal("0.046")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Seksjon", 3L, new BigDecimal("0.046")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Rolle", 10L, new BigDecimal("0.154")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Ansatte", 8L, new BigDecimal("0.123")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Hele organisasjonen", 4L, new BigDecimal("0.062")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Arbeidsgruppe", 2L, new BigDecimal("0.031")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Ekstern samarbeidspartner", 1L, new BigDecimal("0.015")),
        List.of("Herøy", "heroy-handlingsplan-2025", "Uten ansvarlig", 1L, new BigDecimal("0.015"))), heroy);
    // Sør-Varanger's and Voss's tables have no ansvar column.
    assertEquals(List.of("Sør-Varanger", "sor-varanger-strategisk-plan-2020", "Uten ansvarlig", 28L,
        new BigDecimal("1.000")), table.getRows().get(10));
    assertEquals(List.of("Voss", "voss-parorandestrategi-2025", "Uten ansvarlig", 51L, new BigDecimal("1.000")),
        table.getRows().get(11));
  }

  // resourceTotals

  @Test
  void test_resourceTotals() {
    Table table = CORPUS.resourceTotals(Language.NN);
    assertEquals(List.of("Kommune", "Plan", "Med ressursoverslag", "Årsverk min", "Årsverk maks", "Kroner min",
        "Kroner maks"), table.getColumns());
    // Herøy: "1 årsverk seksjon rehabilitering" and "3 årsverk"; "Investering" names no amount.
    assertEquals(List.of("Herøy", "heroy-handlingsplan-2025", 2L, new BigDecimal("4"), new BigDecimal("4"),
        new BigDecimal("0"), new BigDecimal("0")), table.getRows().get(0));
    // Sør-Varanger's financing ("Egne rammer / OU midler", "Krever ekstra midler") states no amounts.
    assertEquals(0L, table.get(1, "Med ressursoverslag"));
  }

  @Test
  void test_resourceTotals_rangesAndPercentAndMoney() {
    Measure ranged = Measure.builder().id("a").title("Hardbruksbustadar")
        .resources(Resources.builder().text("1-2 årsverk, 50 % stilling, kr 1,5 mill.")
            .addNeeds(need(Amount.between(BigDecimal.ONE, BigDecimal.valueOf(2)), ResourceUnit.FTE))
            .addNeeds(need(Amount.of(50), ResourceUnit.POSITION_PERCENT))
            .addNeeds(need(Amount.of(1_500_000), ResourceUnit.NOK)).build())
        .build();
    Measure financedOnly = Measure.builder().id("b").title("Frisklivssentral")
        .financing(Resources.builder().text("Tilskot 300 000").addNeeds(need(Amount.of(300_000), ResourceUnit.NOK))
            .build())
        .build();
    Measure both = Measure.builder().id("c").title("Same amount twice")
        .resources(Resources.builder().text("kr 100 000").addNeeds(need(Amount.of(100_000), ResourceUnit.NOK)).build())
        .financing(Resources.builder().text("kr 100 000").addNeeds(need(Amount.of(100_000), ResourceUnit.NOK)).build())
        .build();
    Table table = PlanCorpus.of(plan(ranged, financedOnly, both)).resourceTotals(Language.EN);
    // FTE: 1–2 plus 50 % = 1.5–2.5; NOK: 1 500 000 + 300 000 + 100 000 (counted once).
    assertEquals(List.of("Herøy", "p", 3L, new BigDecimal("1.5"), new BigDecimal("2.5"), new BigDecimal("1900000"),
        new BigDecimal("1900000")), table.getRows().get(0));
  }

  private static ResourceNeed need(Amount amount, ResourceUnit unit) {
    return ResourceNeed.builder().text(amount.getMin() + " " + unit).amount(amount).unit(unit).build();
  }

  private static Plan plan(Measure... measures) {
    return Plan.builder().id("p").title("t").kind(PlanKind.ACTION_PLAN).municipality(Municipality.of("1515", "Herøy"))
        .language(Language.NN).period(PlanPeriod.of(2025, 2028)).addMeasures(measures).build();
  }

  // dueIn

  @Test
  void test_dueIn_heroy() {
    // Herøy: 2025 has Haust 2025, August 2025, Hausten 2025, 2025; 2026 has eight "2026"; 2027 has "2026/2027"
    // and "2027"; 2028 has "2028". Jamleg and Årleg are never due.
    PlanCorpus heroy = PlanCorpus.of(HEROY);
    assertEquals(List.of(4L, 8L, 2L, 1L, 0L), List.of(2025, 2026, 2027, 2028, 2029).stream()
        .map(y -> heroy.measures().filter(m -> m.isDueIn(y)).count()).collect(Collectors.toList()));
    Table table = heroy.dueIn(2027, Language.NN);
    assertEquals(List.of("Kommune", "Plan", "Innsatsområde", "Tiltak", "Tidsfrist", "Seinast"), table.getColumns());
    assertEquals(List.of("Herøy", "heroy-handlingsplan-2025", "Meistring",
        "Tverrfagleg rehabiliteringsteam som skissert i temaplan for habilitering og rehabilitering", "2026/2027",
        LocalDate.of(2027, 12, 31)), table.getRows().get(0));
    assertEquals("2027", table.get(1, "Tidsfrist"));
  }

  @Test
  void test_dueIn_sorVaranger() {
    // By the last year printed: 2021: six "2021" and seven ending 2021 ("2020-21" ×5, "2020 - 2021", "2020-2021");
    // 2022: ten; 2023: "2020-2023", "2021-23", "2021-2023"; 2024: "2021-2024", "2023-24".
    PlanCorpus sv = PlanCorpus.of(SOR_VARANGER);
    assertEquals(List.of(0L, 13L, 10L, 3L, 2L), List.of(2020, 2021, 2022, 2023, 2024).stream()
        .map(y -> (long) sv.dueIn(y, Language.NB).getRowCount()).collect(Collectors.toList()));
    assertEquals("Planens eget nivå", sv.dueIn(2024, Language.NB).get(0, "Innsatsområde"));
  }

  // concreteness

  @Test
  void test_concreteness() {
    Table table = CORPUS.concreteness(Language.EN);
    assertEquals(List.of("Municipality", "Plan", "Measure", "With deadline", "Share with deadline", "With lead",
        "Share with lead", "With resource estimate", "Share with resource estimate"), table.getColumns());
    // Herøy: 15 of 65 with a deadline (14 points, 1 span), 64 with a lead, 2 with årsverk.
    assertEquals(List.of("Herøy", "heroy-handlingsplan-2025", 65L, 15L, new BigDecimal("0.231"), 64L,
        new BigDecimal("0.985"), 2L, new BigDecimal("0.031")), table.getRows().get(0));
    // Sør-Varanger: every tiltak has years; no ansvar column; no amounts.
    assertEquals(List.of("Sør-Varanger", "sor-varanger-strategisk-plan-2020", 28L, 28L, new BigDecimal("1.000"), 0L,
        new BigDecimal("0.000"), 0L, new BigDecimal("0.000")), table.getRows().get(1));
    // Voss: "innan 1 veke" counts from an event, not a date; the rest recur or have none.
    assertEquals(List.of("Voss", "voss-parorandestrategi-2025", 51L, 0L, new BigDecimal("0.000"), 0L,
        new BigDecimal("0.000"), 0L, new BigDecimal("0.000")), table.getRows().get(2));
  }

  @Test
  void test_concreteness_emptyPlanHasNoShare() {
    Table table = PlanCorpus.of(plan()).concreteness(Language.NB);
    assertEquals(List.of("Herøy", "p", 0L, 0L, "", 0L, "", 0L, ""), table.getRows().get(0));
  }

  // countByTheme

  @Test
  void test_countByTheme() {
    Table table = CORPUS.countByTheme(Language.NN);
    assertEquals(List.of("Tema", "Kommune", "Plan", "Tiltak", "Del"), table.getColumns());
    assertEquals(12 * 3, table.getRowCount());
    // Voss: 41 of 51 oppdrag about pårørande (38 say pårørande/pårørende, three more avlastning); not 3, 10, 11,
    // 16, 20, 22, 23, 29, 30, 35.
    assertEquals(List.of("Pårørande", "Voss", "voss-parorandestrategi-2025", 41L, new BigDecimal("0.804")),
        row(table, "Pårørande", "Voss"));
    // Voss: barn/born/foreldre/oppvekst in oppdrag 2, 6, 9, 11, 14, 16, 20, 22, 23, 26, 32, 44, 48, 49.
    assertEquals(14L, row(table, "Barn og unge", "Voss").get(3));
    // Voss: demenskontakt (30) and Hukommelsesteam (50); Kommunelegane (14) and legar (46).
    assertEquals(2L, row(table, "Demens", "Voss").get(3));
    assertEquals(2L, row(table, "Legeteneste", "Voss").get(3));
    // Herøy: "kva er viktig for deg" (1-1), brukarutvala (1-2), "Brukar- og pårørandeundersøkingar" (1-4),
    // brukarrepresentantar (1-5).
    assertEquals(4L, row(table, "Brukarmedverknad", "Herøy").get(3));
    // Herøy: demensvenleg (2-4); fastlegekapasitet … legeplan (4-9).
    assertEquals(1L, row(table, "Demens", "Herøy").get(3));
    assertEquals(1L, row(table, "Legeteneste", "Herøy").get(3));
    // Herøy: bu trygt heime/bustad (3-8), heimen (3-9), Husbanken (4-11), butilhøve (4-12), omsorgsbustadar (6-4,
    // 6-5), heimetenesta (6-7), heimeoppfølging (6-9), hardbruksbustadar (6-10); not heimeside (4-8).
    assertEquals(9L, row(table, "Bustad og bu trygt heime", "Herøy").get(3));
    // Herøy: helseteknologi (4-7, 5-12), Digital heimeoppfølging (6-9).
    assertEquals(3L, row(table, "Velferds- og helseteknologi", "Herøy").get(3));
    // Sør-Varanger: demensomsorg in tiltak 22 only.
    assertEquals(1L, row(table, "Demens", "Sør-Varanger").get(3));
  }

  private static List<Object> row(Table table, String theme, String municipality) {
    return table.getRows().stream().filter(r -> r.get(0).equals(theme) && r.get(1).equals(municipality))
        .findFirst().orElseThrow(() -> new AssertionError(theme + " / " + municipality + " in\n" + table));
  }

  @Test
  void test_countByTheme_ownTheme() {
    Theme respite = Theme.of("avlastning", "Avlastning", "avlastning", "avlasting");
    Table table = PlanCorpus.of(VOSS).countByTheme(Themes.of(respite), Language.NB);
    // Voss 42 (avlastningsplassar), 45 (avlastningstiltak), 47 (avlastning).
    assertEquals(List.of(List.of("Avlastning", "Voss", "voss-parorandestrategi-2025", 3L, new BigDecimal("0.059"))),
        table.getRows());
  }

  @Test
  void test_toString() {
    assertEquals("PlanCorpus[3 plans, 144 measures: heroy-handlingsplan-2025, sor-varanger-strategisk-plan-2020, "
        + "voss-parorandestrategi-2025]", CORPUS.toString());
  }
}
