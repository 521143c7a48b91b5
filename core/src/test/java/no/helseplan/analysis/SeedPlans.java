package no.helseplan.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.helseplan.goal.Goal;
import no.helseplan.goal.GoalKind;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureKind;
import no.helseplan.measure.ResourceKind;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Frequency;
import no.helseplan.timeframe.Ongoing;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Recurring;
import no.helseplan.timeframe.Relative;
import no.helseplan.timeframe.RelativeAnchor;
import no.helseplan.timeframe.Season;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.vocabulary.Language;

/**
 * Three of the seed plans built in Java, measure by measure, from the source documents in
 * {@code shared/seeds} (and their transcriptions in {@code examples}): the time frames, resources and
 * responsibilities are interpreted by hand here, as the parsers would, so the analysis is tested on its own.
 *
 * <ul>
 *   <li>Herøy (1515), Handlingsplan 2025–2028 (000_5242b6d995ec0380.txt): all 6 focus areas, all 65 measures.
 *   <li>Sør-Varanger (5444), Strategisk plan 2020–2030 with Handlingsplan 2020–2024 (001_fdf5dda3bbd82317.txt):
 *       all 13 hovedmål in 3 focus areas and all 28 plan-level tiltak.
 *   <li>Voss (4621), Pårørandestrategi 2025–2029 (003_8904c17d6f952a7d.txt): 3 goals, 6 strategies and all 51
 *       oppdrag.
 *   <li>Hustadvika (1579), Helse- og velferdsplan 2026–2040 (002_845f87624c31483c.txt): målområde 2, "Bruker- og
 *       pårørendemedvirkning", with its 3 goals, their 4 + 4 + 2 strategies and the 3 "Dette må gjøres" actions.
 * </ul>
 */
final class SeedPlans {
  private SeedPlans() {}

  // ---------------------------------------------------------------------------------------------- Herøy

  private static final Object[][] HEROY_AREAS = {
    {"brukarmedverknad", "Brukarmedverknad",
        "Utvikle tenestene saman med pasientar, brukarar og deira pårørande. Gjennom meir valfridom og eit større "
            + "mangfald av tilbod, vil du som innbyggar få større påverknad i eigen kvardag.",
        new String[] {"Legge til rette for brukar- og pårørdeinvolvering"}},
    {"aktivitet-og-frivilligheit", "Aktivitet og frivilligheit",
        "Gjere det lett for deg som innbyggar å vere aktiv i kvardagen",
        new String[] {"Legge til rette for aktivitet", "Legge til rette for frivilligheit"}},
    {"forebygging", "Førebygging", "Førebygge meir gjennom tidleg innsats.",
        new String[] {"Tidleg innsats for å gi barn og unge ein god start på livet",
            "Legge til rette for at innbyggarane tek ansvar for eiga helse",
            "Legge til rette for inkludering av flyktningar"}},
    {"meistring", "Meistring",
        "Legge til rette for at du som innbyggar skal meistre din eigen kvardag, slik at du kan leve eit aktivt og "
            + "godt liv i fellesskap med andre",
        new String[] {"Trygge oppvekstmiljø og tidleg innsats",
            "Sikre innbyggarane naudsynte og individuelt tilpassa tenester"}},
    {"kunnskap-og-kompetanse", "Kunnskap og kompetanse",
        "vere nytenkande i utvikling av forsvarlege og bærekraftige tenestetilbod, og fagleg kvalitet i tenesta",
        new String[] {"Satse på kompetanse og sterke fagmiljø", "Rett kompetanse på rett plass",
            "Dimensjonere dei ulike tenestene rett, med tanke på berekraft i helse og omsorgstenestene",
            "Nytte digitaliseringsverktøy for å effektivisere og sikre personvernet"}},
    {"heilskap", "Heilskap",
        "Helse og omsorgstenesta legg til rette for aktiv deltaking frå deg som innbyggar og gir heilskapelege "
            + "tenester av god fagleg kvalitet.",
        new String[] {"Bruke innsatstrappa som strategi for tentesteutvikling og tverrfagleg samhandling",
            "Legge til rette for at innbyggarane skal kunne bu i eigen, tilrettelagt heim lengst mogleg",
            "Styrke og differensiere tilbodet innanfor psykisk helse og rus", "Sikre trygge og samordna tenester"}},
  };

  /**
   * Herøy's measures: area number, "kva" number, title ("korleis"), time frame as printed (null: none),
   * responsibility as printed (null: none), the lead's kind as read by hand, resources as printed (null: none).
   */
  private static final Object[][] HEROY_MEASURES = {
    {1, 1, "Bruke “kva er viktig for deg” som metode for å oppnå brukarmedverknad og ha brukarmedverknad som tema "
        + "på fagdagar årleg", "Jamleg", "Sektor helse og omsorg", ActorKind.SECTOR, null},
    {1, 1, "Faste møte med brukarutvala i sektoren", "Jamleg", "Avdelingsleiarane i helse- og omsorg",
        ActorKind.ROLE, null},
    {1, 1, "Legge til rette for at innbyggarane brukar aktivt digitale løysingar", "Jamleg",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {1, 1, "Brukar- og pårørandeundersøkingar. Vurdere dialogmøter der det er hensiktsmessig", "Oddetalsår",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {1, 1, "Involvere brukarrepresentantar så tidleg som råd i tenesteutvikling", "Jamleg",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},

    {2, 1, "Etablere Svingen dagaktivitetstilbod", "Haust 2025", null, null, null},
    {2, 1, "Søkje prosjektmidlar og samarbeid med NAV for vidareutvikling av tilbodet ved Svingen", "Jamleg",
        "Dagleg leiar ved Svingen, saman med leiargruppa", ActorKind.ROLE, null},
    {2, 1, "Vidareutvikle potensialet til småjobbsentralen på Svingen, saman med prosjekt knytt til forebygging av "
        + "utanforskap i ungdomskulen", "Jamleg", "Dagleg leiar ved Svingen, saman med leiargruppa i helse og omsorg",
        ActorKind.ROLE, null},
    {2, 1, "Følgje opp avtalen om eit demensvenleg samfunn", "Jamleg", "Avdelingsleiar for pleie og omsorg",
        ActorKind.ROLE, null},
    {2, 1, "Vurdere dagtilbod for dei som fell utanfor eksisterande tilbod", "2026", "Leiargruppa i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, null},
    {2, 1, "Digital oversikt over alle typar aktivitetstilbod", "Jamleg", "Dagleg leiar ved Svingen",
        ActorKind.ROLE, null},
    {2, 2, "Bygge vidare på frivilligsentralen og Svingen som bindeledd til frivilligheit, næringsliv og "
        + "lokalsamfunn", "Jamleg", "Helse og omsorg, saman med kultur og oppvekst", ActorKind.SECTOR, null},
    {2, 2, "Legge til rette for språktrening for nye landsmenn, gjennom frivillig arbeid/arbeidstrening", "Jamleg",
        "Heile organisasjonen", ActorKind.WHOLE_ORGANISATION, null},

    {3, 1, "Følgje opp tiltak som skissert i førebyggande plan for barn og unge", "Jamleg",
        "Strategigruppa for barn og unge", ActorKind.WORKING_GROUP, null},
    {3, 1, "Sikre at tilsette arbeider i tråd med BTS-rettleiaren, som er ei felles rutine for korleis ein går fram "
        + "når ein er uroa for eit barn/ungdom", "Jamleg", "Heile organisasjonen", ActorKind.WHOLE_ORGANISATION, null},
    {3, 1, "Opprette eit lavterskel barn-, ung- og familieteam for å støtte familiar i krevjande livssituasjonar",
        "2026", "Avdelingsleiar barn, familie og helse", ActorKind.ROLE, null},
    {3, 1, "Vurdere forprosjekt i FACT ung, for dei som ikkje får behova dekt av tiltaket over", "Jamleg",
        "Kommunalsjef helse og omsorg", ActorKind.ROLE, null},
    {3, 2, "Bygge kultur for kvardagsmeistring i tenestene", "Jamleg", "Sektor helse og omsorg", ActorKind.SECTOR,
        null},
    {3, 2, "Bruke innsatstrappa som grunnlag for vurderingar i tildeling av tenester", "Jamleg",
        "Leiargruppe i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {3, 2, "Frisklivs- og meistringstilbod ved Svingen", "August 2025",
        "Avdelingsleiar barn, familie og helse, og dagleg leiar ved Svingen", ActorKind.ROLE, null},
    {3, 2, "Årleg temadag om å bu trygt heime i eigen bustad, og individuelle tilbod til dei som ønskjer det.",
        "2026", "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {3, 2, "Styrke ressurs knytt til tilrettelegging av heimen", "2026", "Leiargruppe i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, "1 årsverk seksjon rehabilitering"},
    {3, 3, "Tett samarbeid mellom NAV og flyktningtenesta, frå etablering til sjølvstendig innbyggar i kommunen",
        "Jamleg", "NAV og kvalifiseringssenteret, saman med resten av organisasjonen", ActorKind.EXTERNAL_PARTNER,
        null},

    {4, 1, "Gi barn, unge og familiar meistringsstrategiar, til dømes gjennom MOT, tankevirus, foreldreskule og KOS, "
        + "som skissert i førebyggande plan for barn og unge", "Jamleg",
        "Avdeling for barn, familie og helse ilag med sektor kultur og oppvekst", ActorKind.DEPARTMENT, null},
    {4, 1, "Miljøteam i ungdomskulen", "Hausten 2025", "Rektor Herøy ungdomskule", ActorKind.ROLE, null},
    {4, 1, "Legge til rette for avlastingsheimar og fosterheimar i eiga kommune for at barna skal få halde fram med "
        + "å bu i sitt nærmiljø", "Jamleg", "Seksjon barnevern saman med resten av kommunen", ActorKind.SECTION, null},
    {4, 1, "Følgje opp tiltak som skissert i rettleiar ved bekymring for radikalisering og valdeleg ekstremisme",
        "Jamleg", "Strategigruppa for barn og unge", ActorKind.WORKING_GROUP, null},
    {4, 1, "Gjere handlingsplan mot vald i nære relasjonar betre kjent", "Årleg",
        "Leiargruppa i helse og omsorg og i kultur og oppvekst", ActorKind.LEADERSHIP_GROUP, null},
    {4, 1, "Tverrfagleg rehabiliteringsteam som skissert i temaplan for habilitering og rehabilitering", "2026/2027",
        "Leiargruppe i helse og omsorg", ActorKind.LEADERSHIP_GROUP, "3 årsverk"},
    {4, 2, "Tenke helseteknologi så tidleg som mogleg i møte med nye behov, og gi naudsynt opplæring", "Jamleg",
        "Alle tilsette i sektor helse og omsorg", ActorKind.STAFF, null},
    {4, 2, "Auka bruk av digitale kanalar til folkeopplysning, til dømes gjennom heimeside og filmar", "Jamleg",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {4, 2, "Tilstrekkeleg fastlegekapasitet til alle innbyggarane jamfør legeplan", "2026",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {4, 2, "Nytt, samlokalisert omsorgssenter", "2028", "Overordna leiargruppe", ActorKind.LEADERSHIP_GROUP, null},
    {4, 2, "Vurdere formålsteneleg gjenbruk av bygg som blir frigjort som følge av nytt, samlokalisert "
        + "omsorgsenter, gjennom ordningane til Husbanken", "Jamleg", "Leiargruppa i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, null},
    {4, 2, "Vurdere samlokalisering for bu- og habilitering i areal som blir frigjort som følgje av nytt "
        + "omsorgssenter, eventuelt vurdere alternativ butilhøve for målgruppa", "Jamleg",
        "Leiargruppa i helse og omsorg, saman med eigedomsavdelinga", ActorKind.LEADERSHIP_GROUP, null},

    {5, 1, "Samlokalisering av fagmiljø, til dømes sjukepleieteam eller kompetanseteam på tvers", "Jamleg",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {5, 1, "Systematisk opplæring av alle nytilsette (onboarding)", "Jamleg", "Alle leiarane", ActorKind.STAFF, null},
    {5, 1, "Stønad til studiar i samsvar med strategisk kompetanseplan", "Jamleg", "Leiargruppa i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, null},
    {5, 1, "Gode arbeidstidsordningar og utviklingsmoglegheiter for tilsette som skissert i arbeidsgivarpolitikken",
        "Jamleg", "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {5, 1, "Felles digitaliseringsstrategi saman med kommunene på Søre Sunnmøre", "2025", "Overordna leiargruppe",
        ActorKind.LEADERSHIP_GROUP, null},
    {5, 2, "Arbeide målretta med oppgåvedeling", "Jamleg", "Leiargruppa i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, null},
    {5, 2, "Bruke sosiale media som kanal for rekruttering og omdømebygging", "Jamleg", "Alle leiarane",
        ActorKind.STAFF, null},
    {5, 2, "Bruke strategisk kompetanseplan som styringsverktøy", "Jamleg", "Alle leiarar", ActorKind.STAFF, null},
    {5, 3, "Vurdere interkommunale samarbeid der fagmiljøa er små og sårbare", "Jamleg",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {5, 3, "Omfordele ressursar nedover i innsatstrappa", "Årleg", "Leiargruppa i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, null},
    {5, 4, "Søkje aktivt utviklingsprosjekt, ny teknologi og ny kunnskapsbasert forsking", "Jamleg",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {5, 4, "Gjere innbyggarane sjølvstendige ved å ta i bruk helseteknologi, med særskilt fokus på teknologi som "
        + "reduserer behovet for arbeidskraft", "Jamleg", "Alle tilsette i sektor helse og omsorg", ActorKind.STAFF,
        null},

    {6, 1, "Vidareutvikle den tverrfaglege samhandlingsriggen, tverrsektorielle relasjonar, samarbeid og "
        + "møtestadar", "Jamleg", "Heile organisasjonen", ActorKind.WHOLE_ORGANISATION, null},
    {6, 1, "Aktiv bruk av kommunikasjonsstrategien som verktøy for informasjon og kommunikasjon ut til "
        + "innbyggarar, tilsette og andre målgrupper, slik vi står saman om naudsynte endringar", "Jamleg",
        "Alle tilsette og politikarar", ActorKind.STAFF, null},
    {6, 1, "Samhandle godt i plan og utviklingsarbeid", null, "Heile organisasjonen", ActorKind.WHOLE_ORGANISATION,
        null},
    {6, 2, "Inngå avtale om minst 20 nye omsorgsbustadar gjennom tilvisingsavtale i samarbeid med private aktørar, "
        + "nær kultur og servicetilbod", "Jamleg", "Sektor for samfunnsutvikling med brukarmedverknad",
        ActorKind.SECTOR, null},
    {6, 2, "Vurdere omsorgsbustadar utan bemanning i det nye omsorgssenteret", null, "Leiargruppe helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, null},
    {6, 2, "Vurdere sosiale soner i alle større utbyggingsprosjekt", "Jamleg", "Utviklingsavdelinga",
        ActorKind.DEPARTMENT, null},
    {6, 2, "Styrke heimetenesta i tråd med auken i tal eldre", null, "Avdeling pleie og omsorg",
        ActorKind.DEPARTMENT, null},
    {6, 2, "Vidareutvikle Svingen dagaktivitetstilbod, med god informasjon ut til innbyggarane", "Jamleg",
        "Leiargruppe i helse og omsorg ilag med dagleg leiar av Svingen", ActorKind.LEADERSHIP_GROUP, null},
    {6, 2, "Digital heimeoppfølging", "Jamleg", "Leiargruppe helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {6, 3, "Vidareutvikle Svingen Bygge 1-2 nye hardbruksbustadar", "2026", "Leiargruppe i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, "Investering"},
    {6, 3, "Utvikle samarbeidet med spesialisthelsetenesta og kriminalomsorga", "Jamleg",
        "Seksjon psykisk helse og rus", ActorKind.SECTION, null},
    {6, 3, "Revidere rusmiddelpolitisk handlingsplan saman med dei andre i Sjustjerna", "2026",
        "Kommunalsjef helse og omsorg", ActorKind.ROLE, null},
    {6, 3, "Tilby gruppetilbod utanfor ordinær opningstid i tenesta for psykisk helse og rus", "2026",
        "Seksjon psykisk helse og rus", ActorKind.SECTION, null},
    {6, 4, "Arbeide kontinuerleg med kvalitet og tryggleik (til dømes oppfølging av avvik i kvalitetssystemet)",
        "Jamleg", "Alle leiarane", ActorKind.STAFF, null},
    {6, 4, "Tilpasse kvalitetsstandarden saman med nabokommunane, i tråd med ei berekraftig helse- og "
        + "omsorgsteneste", "Årleg", "Alle leiarane", ActorKind.STAFF, null},
    {6, 4, "Vidareutvikle rolla til koordinerande eining og gjere den betre kjent", "Jamleg",
        "Leiargruppa i helse og omsorg", ActorKind.LEADERSHIP_GROUP, null},
    {6, 4, "Digital samordning internt, og vurdering av nytt pasientjournalsystem saman med nabokommunane", "Jamleg",
        "Leiargruppa i helse og omsorg og digitaliseringsleiar", ActorKind.LEADERSHIP_GROUP, null},
    {6, 4, "Utarbeide lokal helseberedskapsplan for å sikre innbyggarane forsvarlege helse og omsorgstenester i "
        + "tråd med samfunnsutviklinga og overordna beredskapsplan", "2027", "Leiargruppa i helse og omsorg",
        ActorKind.LEADERSHIP_GROUP, null},
  };

  /** The Herøy plan as adopted 12.02.2026, with all 65 measures in its six focus areas. */
  static Plan heroy() {
    return heroy("heroy-handlingsplan-2025", measure -> measure);
  }

  /**
   * The Herøy plan, each measure passed through an editor, so a test can make a revised version.
   *
   * @param id the plan's id
   * @param edit changes one measure (return null to leave it out)
   */
  static Plan heroy(String id, java.util.function.UnaryOperator<Measure> edit) {
    List<List<Measure>> byArea = new ArrayList<>();
    for (int a = 0; a < HEROY_AREAS.length; a++) {
      byArea.add(new ArrayList<>());
    }
    int[] numberInArea = new int[HEROY_AREAS.length];
    for (Object[] row : HEROY_MEASURES) {
      int area = (Integer) row[0];
      int kva = (Integer) row[1];
      String areaId = (String) HEROY_AREAS[area - 1][0];
      numberInArea[area - 1]++;
      Measure.Builder measure = Measure.builder()
          .id("tiltak-" + area + "-" + numberInArea[area - 1])
          .title((String) row[2])
          .addGoals(areaId + "-kva-" + kva);
      if (row[3] != null) {
        measure.timeframe(heroyTimeframe((String) row[3]));
      }
      if (row[4] != null) {
        measure.responsibility(Responsibility.of((String) row[4], Actor.of(lead((String) row[4]),
            (ActorKind) row[5])));
      }
      if (row[6] != null) {
        measure.resources(heroyResources((String) row[6]));
      }
      Measure edited = edit.apply(measure.build());
      if (edited != null) {
        byArea.get(area - 1).add(edited);
      }
    }
    Plan.Builder plan = Plan.builder()
        .id(id)
        .title("Handlingsplan for perioden 2025 - 2028")
        .kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy"))
        .language(Language.NN)
        .period(PlanPeriod.of(2025, 2028))
        .adoption(Adoption.builder().text("Vedteken 12.02.2026").date(LocalDate.of(2026, 2, 12)).build());
    for (int a = 0; a < HEROY_AREAS.length; a++) {
      Object[] area = HEROY_AREAS[a];
      String areaId = (String) area[0];
      Goal.Builder objective = Goal.builder().id(areaId + "-malsetting").kind(GoalKind.OBJECTIVE)
          .statement((String) area[2]);
      String[] kva = (String[]) area[3];
      for (int k = 0; k < kva.length; k++) {
        objective.addSubGoals(Goal.builder().id(areaId + "-kva-" + (k + 1)).kind(GoalKind.SUB_GOAL)
            .statement(kva[k]).build());
      }
      plan.addFocusAreas(FocusArea.builder().id(areaId).name((String) area[1]).addGoals(objective.build())
          .addAllMeasures(byArea.get(a)).build());
    }
    return plan.build();
  }

  /** The lead is the words before "saman med", "ilag med", ", og", " og " in Herøy's responsibility column. */
  private static String lead(String text) {
    String lead = text.split(",? saman med |,? ilag med |, og ")[0];
    return lead;
  }

  /** Herøy's time frames, read by hand. */
  static Timeframe heroyTimeframe(String text) {
    switch (text) {
      case "Jamleg":
        return Ongoing.of(text);
      case "Årleg":
        return Recurring.builder().text(text).frequency(Frequency.YEARLY).build();
      case "Oddetalsår":
        return Recurring.builder().text(text).frequency(Frequency.ODD_YEARS).build();
      case "Haust 2025":
      case "Hausten 2025":
        return Point.builder().text(text).at(CalendarPoint.ofSeason(2025, Season.AUTUMN)).build();
      case "August 2025":
        return Point.builder().text(text).at(CalendarPoint.ofMonth(YearMonth.of(2025, Month.AUGUST))).build();
      case "2026/2027":
        return Span.builder().text(text).from(CalendarPoint.ofYear(2026)).to(CalendarPoint.ofYear(2027)).build();
      default:
        return Point.builder().text(text).at(CalendarPoint.ofYear(Integer.parseInt(text))).build();
    }
  }

  private static Resources heroyResources(String text) {
    switch (text) {
      case "1 årsverk seksjon rehabilitering":
        return Resources.builder().text(text).addNeeds(ResourceNeed.builder().text(text)
            .kind(ResourceKind.PERSONNEL).amount(Amount.of(1)).unit(ResourceUnit.FTE)
            .forUnit("seksjon rehabilitering").build()).build();
      case "3 årsverk":
        return Resources.builder().text(text).addNeeds(ResourceNeed.builder().text(text)
            .kind(ResourceKind.PERSONNEL).amount(Amount.of(3)).unit(ResourceUnit.FTE).build()).build();
      default:
        return Resources.builder().text(text).addNeeds(ResourceNeed.builder().text(text)
            .kind(ResourceKind.INVESTMENT).build()).build();
    }
  }

  // --------------------------------------------------------------------------------------- Sør-Varanger

  private static final String[][] SOR_VARANGER_GOALS = {
    {"utvikling-av-ansatte-og-organisasjon", "Utvikling av ansatte og organisasjon",
        "Vi har godt definert styring og lederskap i organisasjonen",
        "Vi har en hensiktsmessig og tydelig organisering av tjenestene våre",
        "Våre ansatte har eller kan skaffe seg nødvendig kompetanse",
        "Vi har heltidsstillinger som hovedregel, deltid som mulighet",
        "Innbyggere, interesseorganisasjoner og frivillighet er involvert i drift av våre tjenester"},
    {"eldreomsorg", "Eldreomsorg", "Vi har tydelige kriterier for omsorgsnivå og tjenester",
        "Bemanningen vår er fleksibel og effektiv", "Botilbudene våre fyller behov innbyggere ikke klarer å dekke selv",
        "Vi skal ha fokus på forebygging og mestring av egen alderdom"},
    {"helse-og-forebygging", "Helse og forebygging",
        "Innbyggerne ivaretar og mestrer egen helse best mulig lengst mulig, og våre tjenester tar utgangspunkt i "
            + "hva som er viktig for innbyggeren",
        "Tjenestene våre er til nytte for innbyggerne",
        "Innbyggerne opplever at tjenestene våre er helhetlige og koordinerte",
        "Vi skal sammen med Oppvekstsektoren systematisk arbeide for å gi alle kommunens barn og unge gode "
            + "oppvekstsvilkår"},
  };

  /** Sør-Varanger's tiltak: title, hovedmål cited ("1,7"), financing, years as printed, first bullet or null. */
  private static final String[][] SOR_VARANGER_MEASURES = {
    {"Sikre riktige grunnlagsdata for styring av vår virksomhet", "1", "Egne rammer / OU midler", "2021-22",
        "Etablere rutiner for datauttrekk fra journalsystem"},
    {"Innføre system for ledelse og kvalitetsforbedring i Helse, omsorg og velferd", "1,7", "Egne rammer",
        "2020-21", "Innføre felles retningslinjer for god ledelse"},
    {"Utvikle og innføre standard metode for kartlegge alle tjenester ut fra innbyggerens perspektiv og bruke denne "
        + "til utforming av vår organisering", "2", "Egne rammer", "2021-2024",
        "Lage beskrivelser av hver tjeneste basert på metode for helhetlig pasientforløp"},
    {"Utrede og innføre ny organisering av høyskolepersonell i sektoren", "2", "Egne rammer / OU midler", "2020-21",
        "Utvikle modell for ny disponering av sykepleiere i pleie og omsorg"},
    {"Klart definere våre tjenester etter må-bør-kan prinsippet", "2,6", "Egne rammer", "2021",
        "Sikre enhetlig bruk av sentrale begreper, som likeverdige tjenester, forsvarlighet"},
    {"Utarbeide og innføre rekrutteringspakke – tiltrekke oss de riktige arbeidstakerne og beholde dem", "3",
        "Egne rammer / Krever midler til prosjektledelse", "2020-2023", "Mentorordning for nyansatte"},
    {"Definere kritisk og tilstrekkelig kompetanse pr tjeneste, avdeling eller bruker", "3", "Egne rammer", "2021",
        "Finne modell for å kartlegge og dokumentere tjenestebehov"},
    {"Bedre ansattes muligheter til lokal utdanning og utvikling", "3", "Videreføring av kompetansemidler",
        "2021-23", "Utarbeide og innføre kompetanseplan"},
    {"Bedre tilrettelegging for at ansatte kan jobbe ved flere avdelinger og enheter", "4,7", "Egne rammer",
        "2020 - 2021", "Tilby særavtaler for å bedre kompetanse i helgearbeid"},
    {"Innføre faste møtepunkter mellom interesseorganisasjoner og frivillige og helse, omsorg og velferd", "5",
        "Egne rammer", "2020-2022", "Finne gode metoder for involvering og samskaping"},
    {"Styrke eksisterende tilbud som drives av frivillige og være med på utvikling med frivillige", "5",
        "Egne rammer", "2021-2023", null},
    {"Utarbeide kommunikasjonsstrategi og implementere i drift", "6", "Egne rammer", "2021",
        "Utforme tiltak i virksomhetsplaner og avdelingsplaner"},
    {"Tydeliggjøre ansvar og myndighet i saksbehandling og vedtak", "6", "Egne rammer", "2020-21",
        "Utarbeide felles retningslinjer for saksbehandling og myndighet i vedtak"},
    {"Kostnadsberegne utbygging av Prestøyhjemmet som følge av eventuell nedleggelse av Wesselborgen", "8",
        "Krever ekstra midler", "2021-2022",
        "Beregne behov sett i sammenheng med nedleggelse av Wesselborgen og behov for omsorgsboliger fram til 2030"},
    {"Kostnadsberegne bygging av helsehus til rehabilitering, fysio, ergo, korttidsplasser, avlastning", "8",
        "Krever ekstra midler", "2021-2022", "Dialog med Kirkenes sykehus om opsjon av 2013"},
    {"Kostnadsberegne utbygging av omsorgsboliger med bofelleskap", "8", "Krever ekstra midler", "2021-2022", null},
    {"Prosjektere nye løsninger for omsorgsboliger og sykehjem", "8", "Investeringsmidler", "2023-24", null},
    {"Samlokalisere dagsentertilbud for å kunne tilby både inne og uteaktiviteter", "9", "Krever ekstra midler",
        "2020-22", "Samlokalisere hvis eksisterende byggmasse tillater det, utrede nybygg hvis ikke"},
    {"Etablere og drifte fleksible og differensierte dag og aktivitetstilbud, også i distriktene", "9",
        "Prosjektmidler / egne rammer", "2020-21", "Starte eget prosjekt for å finne god modell for drift"},
    {"Tilby og gjennomføre forebyggende hjemmebesøk for alle våre innbyggere over 74 år", "9", "Egne rammer",
        "2021-2022", "Definere klar metode og modell for gjennomføring"},
    {"Sette i gang arbeid med å innføre aldersvennlig samfunn som beskrevet i Leve hele livet", "9",
        "Prosjektmidler", "2021", null},
    {"Organisere våre tjenester for å ha en helhetlig demensomsorg", "9,10", "Egne rammer", "2020-2021",
        "Utrede og implementere forskjellige tiltak for helhetlig demensomsorg"},
    {"Utrede løsninger som ivaretar vårt ansvar til å forebygge på alle 3 nivå (tiltak til alle barn/unge, sårbare "
        + "barn/unge og barn/unge med behov for psykisk helsehjelp)", "10", "Egne rammer", "2021-22",
        "Innføre tankeviruskurs i skolene"},
    {"Finne god driftsmodell for Brukerstyrt personlig assistent (BPA)", "10", "Egne rammer", "2021",
        "Evaluere dagens ordning"},
    {"Utarbeide og innføre helhetlig prosedyre for oppfølging av barn som har foreldre med alvorlige lidelser",
        "10,12", "Egne rammer", "2021-22", "Etablere Treffpunkt for barn/ungdom med hjelp av kreftforeningen"},
    {"Gjennomføre årlige brukerundersøkelser", "11", "Egne rammer", "2021",
        "Innføre og bruke standardiserte brukerundersøkelser for innbyggere som mottar våre tjenester"},
    {"Planlegge og innføre pakkeforløp som metode i psykisk helse og rus", "12", "Egne rammer", "2020-21", null},
    {"Sikre nødvendig samhandling internt og eksternt", "12", "Egne rammer", "2021-22",
        "Finne og innføre metode eller modell for samhandling"},
  };

  /** Sør-Varanger's plan: 13 hovedmål in 3 focus areas, 28 tiltak at the plan's own level. */
  static Plan sorVaranger() {
    Plan.Builder plan = Plan.builder()
        .id("sor-varanger-strategisk-plan-2020")
        .title("Strategisk plan Helse, omsorg og velferd 2020-2030")
        .subtitle("Handlingsplan 2020-2024")
        .kind(PlanKind.STRATEGIC_PLAN)
        .municipality(Municipality.of("5444", "Sør-Varanger"))
        .language(Language.NB)
        .period(PlanPeriod.of(2020, 2030))
        .actionPeriod(PlanPeriod.of(2020, 2024));
    int number = 0;
    for (String[] area : SOR_VARANGER_GOALS) {
      FocusArea.Builder focusArea = FocusArea.builder().id(area[0]).name(area[1]);
      for (int g = 2; g < area.length; g++) {
        number++;
        focusArea.addGoals(Goal.builder().id("hovedmal-" + number).number(String.valueOf(number))
            .kind(GoalKind.MAIN_GOAL).statement(area[g]).build());
      }
      plan.addFocusAreas(focusArea.build());
    }
    for (int i = 0; i < SOR_VARANGER_MEASURES.length; i++) {
      String[] row = SOR_VARANGER_MEASURES[i];
      Measure.Builder measure = Measure.builder().id("tiltak-" + (i + 1)).title(row[0])
          .financing(sorVarangerFinancing(row[2])).timeframe(sorVarangerYears(row[3]));
      for (String goal : row[1].split(",")) {
        measure.addGoals("hovedmal-" + goal);
      }
      if (row[4] != null) {
        measure.addBullets(Bullet.of(row[4]));
      }
      plan.addMeasures(measure.build());
    }
    return plan.build();
  }

  /** "2021" is a year; "2021-22", "2020 - 2021" and "2023-24" are spans, the second year completed. */
  static Timeframe sorVarangerYears(String text) {
    String[] parts = text.split("\\s*-\\s*");
    int from = Integer.parseInt(parts[0]);
    if (parts.length == 1) {
      return Point.builder().text(text).at(CalendarPoint.ofYear(from)).build();
    }
    int to = Integer.parseInt(parts[1]);
    if (to < 100) {
      to += from / 100 * 100;
    }
    return Span.builder().text(text).from(CalendarPoint.ofYear(from)).to(CalendarPoint.ofYear(to)).build();
  }

  private static Resources sorVarangerFinancing(String text) {
    Resources.Builder resources = Resources.builder().text(text);
    for (String part : text.split(" / ")) {
      String lower = part.toLowerCase(java.util.Locale.ROOT);
      ResourceKind kind = lower.startsWith("egne rammer") ? ResourceKind.EXISTING_BUDGET
          : lower.startsWith("ou") ? ResourceKind.DEVELOPMENT_FUNDS
          : lower.startsWith("krever") ? ResourceKind.EXTRA_FUNDS
          : lower.startsWith("prosjekt") ? ResourceKind.PROJECT_FUNDS
          : lower.startsWith("investering") ? ResourceKind.INVESTMENT
          : lower.contains("kompetansemidler") ? ResourceKind.COMPETENCE_FUNDS : ResourceKind.OTHER;
      resources.addNeeds(ResourceNeed.builder().text(part).kind(kind).build());
    }
    return resources.build();
  }

  // ------------------------------------------------------------------------------------------ Hustadvika

  /** Hustadvika's målområde 2: goals, each with its strategies (the bullets beside it), and the priority actions. */
  static Plan hustadvika() {
    String[][] goals = {
      {"Brukere og pårørende medvirker, og bidrar til å styrke kvalitet og sikre rett prioritering",
          "Systematisk innhenting av bruker- og pårørendeperspektiv", "Tydelige forventningsavklaringer",
          "Alle nivå i våre tjenester skal ha kompetanse om medvirkning",
          "Brukere og pårørende skal medvirke i egen hverdag og i utforming av tjenestene"},
      {"Brukere og pårørende opplever støtte, respekt og forutsigbarhet",
          "Kommunen må ha fokus på et klart og tydelig språk, slik at kommunikasjon til bruker og pårørende er lett "
              + "å forstå",
          "Bruker og pårørende involveres når tjenester endres eller avsluttes, og vi sørger for klar og tydelig "
              + "kommunikasjon ved overganger mellom ulike tjenestesteder",
          "Sikre støtte for barn som pårørende, inkludert samarbeid med skole, helsestasjon og frivillige aktører",
          "Ta i bruk pårørendeavtalen som et aktivt verktøy for strukturert samarbeid, tydelig ansvarsavklaring og "
              + "styrket beredskap"},
      {"Bruker- og pårørendestemmene bidrar aktivt til utvikling og forbedring av kommunens tjenester",
          "Partnerskap med frivillighet og interesseorganisasjoner om aktiviteter, utviklingsprosjekter, "
              + "mestringstilbud og kurs",
          "Systematisk innhenting og analyse av erfaringer fra brukere og pårørende for å forbedre tjenester og "
              + "styrke læring i hele tjenesteapparatet"},
    };
    FocusArea.Builder area = FocusArea.builder().id("medvirkning").number("2")
        .kind(no.helseplan.plan.FocusAreaKind.GOAL_AREA).name("Bruker- og pårørendemedvirkning");
    for (int g = 0; g < goals.length; g++) {
      String goalId = "medvirkning-mal-" + (g + 1);
      area.addGoals(Goal.builder().id(goalId).statement(goals[g][0]).build());
      for (int k = 1; k < goals[g].length; k++) {
        area.addStrategies(Strategy.builder().id("medvirkning-strategi-" + (g + 1) + "-" + k)
            .statement(goals[g][k]).addGoals(goalId).build());
      }
    }
    String[] actions = {"Tilby pårørendeskoler innen demens, rus/psykisk helse og andre relevante områder",
        "Tilby lett tilgjengelige digitale og fysiske veiledningsressurser",
        "Ta i bruk pårørendeavtale – et verktøy for godt samarbeid"};
    for (int a = 0; a < actions.length; a++) {
      area.addMeasures(Measure.builder().id("medvirkning-tiltak-" + (a + 1)).kind(MeasureKind.PRIORITY_ACTION)
          .title(actions[a]).build());
    }
    return Plan.builder()
        .id("hustadvika-helse-og-velferdsplan-2026")
        .title("Helse- og velferdsplan 2026–2040")
        .kind(PlanKind.STRATEGIC_PLAN)
        .municipality(Municipality.of("1579", "Hustadvika"))
        .language(Language.NB)
        .period(PlanPeriod.of(2026, 2040))
        .addFocusAreas(area.build())
        .build();
  }

  // ----------------------------------------------------------------------------------------------- Voss

  /** Voss's 51 oppdrag, in the order printed. */
  static final String[] VOSS_OPPDRAG = {
    "Auka kompetanse om pårørande og pårørandearbeid",
    "Barnekoordinator er sentral i arbeidet med Born som pårørande",
    "Delta i den landsomfattande piloten DIGGPÅ - Avdeling for psykisk helse- og rusarbeid.",
    "Utvikla nasjonal informasjonsside for pårørandearbeid",
    "Delta i læringsnettverket i pårørandearbeid Vestland (USHT)",
    "Ei dør inn - familiehjelpa. Etablere strukturar for barn og familiar som pårørande",
    "Ei dør inn (for eldre) - Etablera samarbeid med pårørandeorganisasjonar om tilbod og tiltak",
    "Etablere pårørandeutval på tenestenivå og brukarutval på systemnivå",
    "Identifisera og ivareta alle born som er pårørande",
    "Informasjon om tilgjengelege tenestetilbod - digitalt og på papir",
    "Informasjon/kurs om meistringsstrategiar og ivaretaking av eigen helse, parforhold og foreldrefunksjon",
    "Innkomst-/startsamtalar med pårørande til pasientar på langtidsavdeling skjer innan 1 veke",
    "Kartleggja og dokumentera kva pårørande ynskjer og kan/vil bidra med",
    "Kommunelegane utarbeider rutine for Born som pårørande",
    "Kontaktleddet mellom tenestene og pårørande brukar/pasient skal som hovudregel vera primærkontakt",
    "Koordinatorordning for familiar som har eller ventar born med alvorleg sjukdom, skade eller nedsett "
        + "funksjonsevne",
    "Kurs og trening i grunnleggjande kommunikasjon mellom tilsette i tenestene og pårørande",
    "Kurs om teieplikt, praktisk bruk til pårørande og tilsette i tenestene",
    "Kurs: Å vera pårørande til personar som ikkje ynskjer hjelp - utfordringar og moglegheiter",
    "Kurs/fagdag: Korleis foreldre sin sjukdom verkar inn på borna",
    "Legga til rette for at pårørande kan få møte andre i same situasjon uavhengig av diagnose",
    "Leggja til rette for at barn skal få hjelp til å finna fram til og få koordinert hjelp",
    "Leggja til rette for at born kan forstå kva hjelp og støtteordningar som er tilgjengelege for dei",
    "Leggja til rette for at pårørande utan digital kompetanse, som har språklege og kulturelle utfordringar i "
        + "møte med norsk system kan orientera seg og ta gode val",
    "Leggja til rette for elektronisk deling av informasjon mellom helse- og omsorgstenestene og pårørande",
    "Leggja til rette for god informasjon tilpassa barn som pårørande om foreldra eller sysken sin sjukdom og "
        + "konsekvens av sjukdomen",
    "Markere nasjonal pårørandedag 22. september kvart år",
    "Oversikt over nasjonale nettsider for pårørande",
    "Oversiktlege og informative nettsider",
    "Pilot - Etablera demenskontakt på sjukeheimar (samarbeid mellom HUK-team og demenskontakt)",
    "Pårørandearbeid: Tema på fagdag kvart år",
    "Samarbeida med spesialisthelseteneste om born som pårørande",
    "Sikre at brukar- og pårørandekunnskap vert forstått og brukt som eit likeverdig kunnskapsområde i "
        + "tenesteutvikling",
    "Sikre at pårørande sine perspektiv kjem klart fram i saksbehandling",
    "Sikre oppfølging og medverknad",
    "Sikre systematisk tilbakemelding til tenestene frå pårørande. Delta i IVARETATT eller andre kartleggingar.",
    "Styrka kunnskap om pårørandemedverknad på individ og systemnivå",
    "Støtte til pårørande i pasienten sin siste livsfase",
    "Ta i bruk pårørendeveileder (Helsedirektoratet) og DIGGIT (samla informasjonsside om pårørandearbeid)",
    "Tenestene tek initiativ til samtale og dialog med pårørande minst ein gong kvart år",
    "Tilby pårørandeavtale til alle som har eit særleg tyngjande ansvar",
    "Tilstrekkeleg tilgang til heildøgns avlastningsplassar",
    "Tydeleg ansvarsfordeling mellom pårørande og tenestene (helsepersonell)",
    "Utarbeida modell/avtale for samarbeid mellom kommunalavdeling helse- og omsorg og kommunalavdeling oppvekst "
        + "(og beskriva pårørande si rolle i samarbeidet)",
    "Utarbeida oversikt over støttetiltak og avlastningstiltak i frivillig sektor og i næringslivet",
    "Utarbeida oversikt over tiltak og tilbod til pårørande ( til bruk for legar)",
    "Utarbeide oversikt over samla tiltak og tilbod om avlastning",
    "Utarbeide rutinar og system for Barn som pårørande på system- og på tenestenivå",
    "Vidareføra pårørandegruppe avdeling for psykisk helse- og rusarbeid, samt gruppe for born som pårørande",
    "Vidareføra satsinga på brukar- og pårørandeopplæring Hukommelsesteam (HUK-team) og Kreftkoordinator/ "
        + "kreftforeningen",
    "Vidareutvikla samarbeidet med frivillig og ideell sektor - pårørandearbeid",
  };

  /** Voss's pårørandestrategi: 3 goals, 6 strategies serving all three, 51 oppdrag at the plan's own level. */
  static Plan voss() {
    Plan.Builder plan = Plan.builder()
        .id("voss-parorandestrategi-2025")
        .title("Pårørandestrategi Voss herad 2025- 2029")
        .kind(PlanKind.STRATEGY)
        .municipality(Municipality.of("4621", "Voss"))
        .language(Language.NN)
        .period(PlanPeriod.of(2025, 2029))
        .documentDate(LocalDate.of(2025, 6, 5))
        .addGoals(Goal.builder().id("mal-01").number("01").statement("Anerkjenna pårørande som ressurs").build())
        .addGoals(Goal.builder().id("mal-02").number("02").statement("God og heilskapleg ivaretaking av alle "
            + "pårørande slik at pårørande kan leve gode eigne liv og kombinera påøranderolla med utdanning og arbeid")
            .build())
        .addGoals(Goal.builder().id("mal-03").number("03")
            .statement("Born skal ikkje måtta ta ansvar for familie eller andre").build());
    String[] strategies = {"Tidleg identifisering og ivaretaking", "Betre informasjon, opplæring og rettleiing",
        "Føreseielege og koordinerte tenester", "Tilstrekkeleg støtte og avlastning", "Familieorienterte tenester",
        "Leggja til rette for familie- og pårørandemedverknad"};
    for (int s = 0; s < strategies.length; s++) {
      plan.addStrategies(Strategy.builder().id("strategi-" + (s + 1)).number(String.valueOf(s + 1))
          .statement(strategies[s]).addGoals("mal-01", "mal-02", "mal-03").build());
    }
    for (int i = 0; i < VOSS_OPPDRAG.length; i++) {
      Measure.Builder measure = Measure.builder().id(String.format("oppdrag-%02d", i + 1))
          .kind(MeasureKind.ASSIGNMENT).title(VOSS_OPPDRAG[i]);
      switch (i + 1) {
        case 12:
          measure.timeframe(Relative.builder().text("innan 1 veke").duration(Period.ofWeeks(1))
              .anchor(RelativeAnchor.WITHIN_EVENT).build());
          break;
        case 27:
          measure.timeframe(Recurring.builder().text("22. september kvart år").frequency(Frequency.YEARLY)
              .on(CalendarPoint.builder().month(Month.SEPTEMBER).day(22).build()).build());
          break;
        case 31:
          measure.timeframe(Recurring.builder().text("kvart år").frequency(Frequency.YEARLY).build());
          break;
        case 40:
          measure.timeframe(Recurring.builder().text("minst ein gong kvart år").frequency(Frequency.YEARLY)
              .atLeast(true).build());
          break;
        default:
          break;
      }
      plan.addMeasures(measure.build());
    }
    return plan.build();
  }

  static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }
}
