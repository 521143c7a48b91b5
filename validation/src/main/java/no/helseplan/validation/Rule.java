package no.helseplan.validation;

import no.helseplan.io.Severity;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helseplan.plan.PlanKind;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * A validation rule (nb: <i>kontrollregel</i>, nn: <i>kontrollregel</i>): the catalogue of everything the
 * {@link PlanValidator} checks, each with a stable code, its severity for each kind of plan, what it checks
 * and why, in Bokmål, Nynorsk and English.
 *
 * <p>The code, such as {@code measure.timeframe.outside-period}, is stable: it is written into reports and
 * other applications may filter on it. A code is never reused for another check. The file
 * {@code validation/RULES.md} is rendered from this enum by a test, so the documentation cannot drift from
 * the code.
 *
 * <p>Rules about the data (a blank title, an unknown goal id) have one severity whatever the plan. Rules about
 * the quality of the plan depend on its {@link PlanKind kind}: an action plan (nb/nn: <i>handlingsplan,
 * handlingsdel</i>) is held to more than a strategy or a strategic plan, for which a measure without a deadline
 * is no defect.
 *
 * <p>Implementation Requirements: an enum, immutable and thread-safe.
 */
public enum Rule implements Labelled {

  // ---- the data is wrong -------------------------------------------------------------------------------------

  /** A required text, such as a measure's title or an id, is empty or blank. */
  TEXT_REQUIRED("text.required", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Obligatorisk tekst", "Obligatorisk tekst", "Required text"),
      Label.of("En tekst som må fylles ut (id, tittel, navn, målformulering, aktivitet) er tom.",
          "Ein tekst som må fyllast ut (id, tittel, namn, målformulering, aktivitet) er tom.",
          "A text that must be filled in (id, title, name, goal statement, activity) is empty or blank."),
      Label.of("Uten tekst kan elementet verken vises, siteres eller følges opp.",
          "Utan tekst kan elementet korkje visast, siterast eller følgjast opp.",
          "Without it the element can be neither shown, cited nor followed up.")),

  /** A year lies outside 1900–2100. */
  YEAR_OUT_OF_RANGE("year.out-of-range", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Årstall utenfor rimelig område", "Årstal utanfor rimeleg område", "Implausible year"),
      Label.of("Et årstall (planperiode, tidsfrist, indikator, vedtaksdato) ligger utenfor 1900–2100.",
          "Eit årstal (planperiode, tidsfrist, indikator, vedtaksdato) ligg utanfor 1900–2100.",
          "A year (plan period, time frame, indicator, adoption date) lies outside 1900–2100."),
      Label.of("Slike årstall er nesten alltid skrivefeil, som 2205 for 2025.",
          "Slike årstal er nesten alltid skrivefeil, som 2205 for 2025.",
          "Such years are nearly always typing errors, such as 2205 for 2025.")),

  /** A plan period starts after it ends. */
  PERIOD_REVERSED("period.reversed", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Planperiode i feil rekkefølge", "Planperiode i feil rekkjefølgje", "Reversed plan period"),
      Label.of("Planperioden (eller handlingsdelens periode) starter etter at den slutter.",
          "Planperioden (eller perioden til handlingsdelen) byrjar etter at han sluttar.",
          "The plan period (or the action part's period) starts after it ends."),
      Label.of("Alle tidsfrister leses i lys av planperioden; en snudd periode gjør dem meningsløse.",
          "Alle tidsfristar blir lesne i lys av planperioden; ein snudd periode gjer dei meiningslause.",
          "Every time frame is read against the plan period; a reversed period makes them meaningless.")),

  /** An amount is negative. */
  AMOUNT_NEGATIVE("amount.negative", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Negativt beløp", "Negativt beløp", "Negative amount"),
      Label.of("Et beløp eller antall i et ressursbehov er mindre enn null.",
          "Eit beløp eller tal i eit ressursbehov er mindre enn null.",
          "An amount or number in a resource need is below zero."),
      Label.of("Et ressursbehov kan ikke være negativt; fortegnet er en feil.",
          "Eit ressursbehov kan ikkje vere negativt; forteiknet er ein feil.",
          "A resource need cannot be negative; the sign is an error.")),

  /** An amount's lower bound exceeds its upper bound. */
  AMOUNT_REVERSED("amount.reversed", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Beløpsintervall i feil rekkefølge", "Beløpsintervall i feil rekkjefølgje", "Reversed amount range"),
      Label.of("Det minste beløpet i et intervall (som «1-2 årsverk») er større enn det største.",
          "Det minste beløpet i eit intervall (som «1-2 årsverk») er større enn det største.",
          "The lower bound of a range (such as \"1-2 årsverk\") is greater than its upper bound."),
      Label.of("Et snudd intervall kan ikke summeres eller sammenlignes.",
          "Eit snudd intervall kan ikkje summerast eller samanliknast.",
          "A reversed range cannot be summed or compared.")),

  /** An SDG goal or target code is not one of the UN's 17 goals and 169 targets. */
  SDG_UNKNOWN("sdg.unknown", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Ukjent bærekraftsmål", "Ukjent berekraftsmål", "Unknown SDG code"),
      Label.of("En kode for et av FNs bærekraftsmål eller delmål (som «3» eller «3.4») finnes ikke.",
          "Ein kode for eit av berekraftsmåla til FN eller eit delmål (som «3» eller «3.4») finst ikkje.",
          "A UN Sustainable Development Goal or target code (such as \"3\" or \"3.4\") does not exist."),
      Label.of("Koblingen til bærekraftsmålene brukes i rapportering og må peke på et virkelig mål.",
          "Koplinga til berekraftsmåla blir brukt i rapportering og må peike på eit verkeleg mål.",
          "Links to the SDGs are used in reporting and must point to a real goal or target.")),

  /** The municipality number does not exist in the register on the plan's date. */
  MUNICIPALITY_UNKNOWN("municipality.unknown", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Ukjent kommunenummer", "Ukjent kommunenummer", "Unknown municipality number"),
      Label.of("Kommunenummeret fantes ikke i kommuneregisteret på vedtaksdatoen (ellers dokumentdatoen).",
          "Kommunenummeret fanst ikkje i kommuneregisteret på vedtaksdatoen (elles dokumentdatoen).",
          "The municipality number did not exist in the register on the adoption date (else the document date)."),
      Label.of("Kommunenummer endres ved sammenslåinger; et feil nummer knytter planen til feil kommune.",
          "Kommunenummer blir endra ved samanslåingar; eit feil nummer knyter planen til feil kommune.",
          "Numbers change when municipalities merge; a wrong number ties the plan to the wrong municipality.")),

  /** Two elements of the plan share an id. */
  ID_DUPLICATE("id.duplicate", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Dobbel id", "Dobbel id", "Duplicate id"),
      Label.of("To innsatsområder, mål, strategier, tiltak eller prosjekter i samme plan har samme id.",
          "To innsatsområde, mål, strategiar, tiltak eller prosjekt i same plan har same id.",
          "Two focus areas, goals, strategies, measures or projects in the same plan share an id."),
      Label.of("Tiltak og strategier viser til mål med id; en dobbel id gjør henvisningen tvetydig.",
          "Tiltak og strategiar viser til mål med id; ein dobbel id gjer tilvisinga tvetydig.",
          "Measures and strategies cite goals by id; a duplicate makes the citation ambiguous.")),

  /** A measure or strategy cites a goal id that the plan does not have. */
  GOAL_UNKNOWN("goal.unknown", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Ukjent mål", "Ukjent mål", "Unknown goal"),
      Label.of("Et tiltak eller en strategi viser til en mål-id som ikke finnes noe sted i planen.",
          "Eit tiltak eller ein strategi viser til ein mål-id som ikkje finst nokon stad i planen.",
          "A measure or strategy cites a goal id that exists nowhere in the plan."),
      Label.of("En henvisning til et mål som ikke finnes, bryter sporingen fra mål til tiltak.",
          "Ei tilvising til eit mål som ikkje finst, bryt sporinga frå mål til tiltak.",
          "A citation of a missing goal breaks the trace from goal to measure.")),

  /** A measure cites a strategy id that the plan does not have. */
  STRATEGY_UNKNOWN("strategy.unknown", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Ukjent strategi", "Ukjent strategi", "Unknown strategy"),
      Label.of("Et tiltak viser til en strategi-id som ikke finnes noe sted i planen.",
          "Eit tiltak viser til ein strategi-id som ikkje finst nokon stad i planen.",
          "A measure cites a strategy id that exists nowhere in the plan."),
      Label.of("En henvisning til en strategi som ikke finnes, bryter sporingen fra strategi til tiltak.",
          "Ei tilvising til ein strategi som ikkje finst, bryt sporinga frå strategi til tiltak.",
          "A citation of a missing strategy breaks the trace from strategy to measure.")),

  /** A measure's time frame lies wholly outside the plan period. */
  MEASURE_OUTSIDE_PERIOD("measure.timeframe.outside-period", Severity.WARNING, Severity.WARNING,
      Severity.WARNING,
      Label.of("Tidsfrist utenfor planperioden", "Tidsfrist utanfor planperioden", "Time frame outside the plan period"),
      Label.of("Tidsfristen til et tiltak ligger helt utenfor planperioden (den må ligge innenfor eller overlappe).",
          "Tidsfristen til eit tiltak ligg heilt utanfor planperioden (han må liggje innanfor eller overlappe).",
          "A measure's time frame lies wholly outside the plan period (it must lie within or overlap it)."),
      Label.of("Oftest en skrivefeil i året, eller et tiltak som er overført fra forrige plan uten ny frist.",
          "Oftast ein skrivefeil i året, eller eit tiltak som er overført frå førre plan utan ny frist.",
          "Mostly a mistyped year, or a measure carried over from the previous plan without a new deadline.")),

  /** Milestones with known dates are not in date order. */
  MILESTONES_OUT_OF_ORDER("milestone.order", Severity.WARNING, Severity.WARNING, Severity.WARNING,
      Label.of("Milepæler i feil rekkefølge", "Milepælar i feil rekkjefølgje", "Milestones out of order"),
      Label.of("En milepæl i framdriftsplanen ligger helt før milepælen foran den (der datoene er kjent).",
          "Ein milepæl i framdriftsplanen ligg heilt før milepælen framfor han (der datoane er kjende).",
          "A milestone in the progress plan lies wholly before the one listed before it (where dates are known)."),
      Label.of("En framdriftsplan leses ovenfra og ned; feil rekkefølge tyder på feil dato.",
          "Ein framdriftsplan blir lesen ovanfrå og ned; feil rekkjefølgje tyder på feil dato.",
          "A progress plan is read top to bottom; a wrong order suggests a wrong date.")),

  /** A responsibility names no lead. */
  RESPONSIBILITY_LEAD_MISSING("responsibility.lead.missing", Severity.WARNING, Severity.WARNING, Severity.WARNING,
      Label.of("Ansvar uten hovedansvarlig", "Ansvar utan hovudansvarleg", "Responsibility without a lead"),
      Label.of("Et ansvar for et tiltak, en milepæl eller oppfølging har ingen hovedansvarlig.",
          "Eit ansvar for eit tiltak, ein milepæl eller oppfølging har ingen hovudansvarleg.",
          "A responsibility for a measure, milestone or follow-up has no lead."),
      Label.of("Når alle har ansvaret, har ingen det; noen må stå til ansvar.",
          "Når alle har ansvaret, har ingen det; nokon må stå til ansvar.",
          "When everyone is responsible, no one is; someone must be accountable.")),

  // ---- the plan is weak (depends on the kind of plan) ---------------------------------------------------------

  /** A measure has no responsibility. */
  MEASURE_RESPONSIBILITY_MISSING("measure.responsibility.missing", Severity.WARNING, Severity.WARNING,
      Severity.INFO,
      Label.of("Tiltak uten ansvar", "Tiltak utan ansvar", "Measure without responsibility"),
      Label.of("Et tiltak har ikke oppgitt hvem som har ansvaret.",
          "Eit tiltak har ikkje oppgitt kven som har ansvaret.",
          "A measure does not say who is responsible."),
      Label.of("Et tiltak uten ansvarlig blir sjelden gjennomført.",
          "Eit tiltak utan ansvarleg blir sjeldan gjennomført.",
          "A measure that no one owns is seldom carried out.")),

  /** A measure has no time frame. */
  MEASURE_TIMEFRAME_MISSING("measure.timeframe.missing", Severity.WARNING, Severity.INFO, null,
      Label.of("Tiltak uten tidsfrist", "Tiltak utan tidsfrist", "Measure without a time frame"),
      Label.of("Et tiltak har ingen tidsfrist. Gjelder ikke strategier og strategiske planer.",
          "Eit tiltak har ingen tidsfrist. Gjeld ikkje strategiar og strategiske planar.",
          "A measure has no time frame. Not applied to strategies and strategic plans."),
      Label.of("En handlingsplan skal si når ting skjer, ellers kan den ikke følges opp.",
          "Ein handlingsplan skal seie når ting skjer, elles kan han ikkje følgjast opp.",
          "An action plan must say when things happen, or it cannot be followed up.")),

  /** A measure's only time frame is "ongoing". */
  MEASURE_ONGOING("measure.timeframe.ongoing", Severity.INFO, Severity.INFO, null,
      Label.of("Tiltak som bare er løpende", "Tiltak som berre er jamlege", "Measure only ongoing"),
      Label.of("Tidsfristen til et tiltak er bare «løpende». Gjelder ikke strategier og strategiske planer.",
          "Tidsfristen til eit tiltak er berre «jamleg». Gjeld ikkje strategiar og strategiske planar.",
          "A measure's time frame is only \"ongoing\". Not applied to strategies and strategic plans."),
      Label.of("«Løpende» gir ikke noe kontrollpunkt; det er greit for drift, men svakt for utvikling.",
          "«Jamleg» gir ikkje noko kontrollpunkt; det er greitt for drift, men svakt for utvikling.",
          "\"Ongoing\" gives no checkpoint; fine for running services, weak for development.")),

  /** Every measure of the plan is ongoing or has no time frame. */
  ALL_MEASURES_ONGOING("plan.measures.all-ongoing", Severity.WARNING, Severity.INFO, null,
      Label.of("Alle tiltak er løpende", "Alle tiltak er jamlege", "Every measure ongoing"),
      Label.of("Ingen tiltak i planen har et kontrollpunkt: alle er løpende, uspesifiserte eller uten frist.",
          "Ingen tiltak i planen har eit kontrollpunkt: alle er jamlege, uspesifiserte eller utan frist.",
          "No measure of the plan has a checkpoint: all are ongoing, unspecified or without a time frame."),
      Label.of("Uten et eneste tidspunkt kan ikke planens framdrift måles.",
          "Utan eit einaste tidspunkt kan ikkje framdrifta i planen målast.",
          "Without a single point in time the plan's progress cannot be measured.")),

  /** A goal that no measure serves. */
  GOAL_UNSERVED("goal.unserved", Severity.WARNING, Severity.INFO, null,
      Label.of("Mål uten tiltak", "Mål utan tiltak", "Goal without measures"),
      Label.of("Ingen tiltak viser til målet, verken direkte, via en strategi eller ved å stå under "
              + "samme innsatsområde uten egne målhenvisninger.",
          "Ingen tiltak viser til målet, korkje direkte, via ein strategi eller ved å stå under same "
              + "innsatsområde utan eigne måltilvisingar.",
          "No measure serves the goal: not by citing it, not through a strategy, and not by standing in the "
              + "same focus area without citing goals of its own."),
      Label.of("Et mål uten tiltak er en intensjon, ikke en plan.",
          "Eit mål utan tiltak er ein intensjon, ikkje ein plan.",
          "A goal without measures is an intention, not a plan.")),

  /** A focus area without goals. */
  FOCUS_AREA_WITHOUT_GOALS("focus-area.goals.missing", Severity.INFO, Severity.WARNING, Severity.WARNING,
      Label.of("Innsatsområde uten mål", "Innsatsområde utan mål", "Focus area without goals"),
      Label.of("Et innsatsområde har ingen mål.", "Eit innsatsområde har ingen mål.", "A focus area has no goals."),
      Label.of("Et innsatsområde sier hva som er viktig; målene sier hva som skal oppnås. "
              + "I en handlingsplan står målene ofte i overordnet plan.",
          "Eit innsatsområde seier kva som er viktig; måla seier kva som skal nåast. "
              + "I ein handlingsplan står måla ofte i overordna plan.",
          "A focus area says what matters; goals say what is to be achieved. In an action plan the goals "
              + "often stand in the plan above it.")),

  /** A time frame that could not be interpreted. */
  TIMEFRAME_UNRECOGNISED("timeframe.unrecognised", Severity.WARNING, Severity.INFO, Severity.INFO,
      Label.of("Tidsfrist som ikke kunne tolkes", "Tidsfrist som ikkje kunne tolkast", "Unrecognised time frame"),
      Label.of("Teksten i en tidsfrist (tiltak, milepæl, prosjekt) kunne ikke tolkes som et tidspunkt.",
          "Teksten i ein tidsfrist (tiltak, milepæl, prosjekt) kunne ikkje tolkast som eit tidspunkt.",
          "The text of a time frame (measure, milestone, project) could not be read as a point in time."),
      Label.of("Teksten er tatt vare på, men fristen kan ikke sorteres, sammenlignes eller følges opp.",
          "Teksten er teken vare på, men fristen kan ikkje sorterast, samanliknast eller følgjast opp.",
          "The text is kept, but the deadline cannot be sorted, compared or followed up.")),

  /** The plan's declared written standard disagrees with its text. */
  LANGUAGE_MISMATCH("language.mismatch", Severity.WARNING, Severity.WARNING, Severity.WARNING,
      Label.of("Feil målform oppgitt", "Feil målform oppgitt", "Declared language disagrees"),
      Label.of("Planen er oppgitt å være skrevet på bokmål eller nynorsk, men teksten er skrevet på den andre.",
          "Planen er oppgitt å vere skriven på bokmål eller nynorsk, men teksten er skriven på den andre.",
          "The plan is declared to be in Bokmål or Nynorsk, but its text is written in the other."),
      Label.of("Målformen styrer tolkningen av fritekst og valget av språk i rapporter.",
          "Målforma styrer tolkinga av fritekst og valet av språk i rapportar.",
          "The written standard governs how free text is read and which language reports use.")),

  // ---- places, figures, money, follow-up and case records (issue 11) ----------------------------------------

  /** A facility (places, dwellings or buildings) counts zero or fewer. */
  FACILITY_COUNT_NOT_POSITIVE("facility.count.not-positive", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Antall plasser er ikke positivt", "Talet på plassar er ikkje positivt", "Number of places not positive"),
      Label.of("Antallet boliger, plasser eller bygg i et bygg- eller plassbehov er null eller negativt.",
          "Talet på bustader, plassar eller bygg i eit bygg- eller plassbehov er null eller negativt.",
          "The number of dwellings, places or buildings in a facility is zero or negative."),
      Label.of("Et behov for null plasser er ikke et behov; tallet er nesten alltid feiltastet.",
          "Eit behov for null plassar er ikkje eit behov; talet er nesten alltid feilskrive.",
          "A need for no places is no need; the number is nearly always mistyped.")),

  /** A facility cites a measure id that the plan does not hold. */
  FACILITY_MEASURE_UNKNOWN("facility.measure.unknown", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Ukjent tiltak for bygg eller plasser", "Ukjent tiltak for bygg eller plassar",
          "Unknown measure of a facility"),
      Label.of("Et bygg- eller plassbehov viser til en tiltaks-id som ikke finnes noe sted i planen.",
          "Eit bygg- eller plassbehov viser til ein tiltaks-id som ikkje finst nokon stad i planen.",
          "A facility cites a measure id that exists nowhere in the plan."),
      Label.of("Uten tiltaket kan ingen se hvem som skal skaffe plassene, og når.",
          "Utan tiltaket kan ingen sjå kven som skal skaffe plassane, og når.",
          "Without the measure no one can see who is to provide the places, and when.")),

  /** A status report on a goal or measure is dated before the plan was adopted. */
  REPORT_BEFORE_ADOPTION("report.before-adoption", Severity.WARNING, Severity.WARNING, Severity.WARNING,
      Label.of("Statusrapport før vedtaket", "Statusrapport før vedtaket", "Status report before adoption"),
      Label.of("En statusrapport for et mål eller tiltak er datert (eller gjelder et år) før planen ble vedtatt.",
          "Ein statusrapport for eit mål eller tiltak er datert (eller gjeld eit år) før planen vart vedteken.",
          "A status report on a goal or measure is dated (or is for a year) before the plan was adopted."),
      Label.of("En plan kan ikke følges opp før den finnes; oftest er året eller vedtaksdatoen feil.",
          "Ein plan kan ikkje følgjast opp før han finst; oftast er året eller vedtaksdatoen feil.",
          "A plan cannot be followed up before it exists; mostly the year or the adoption date is wrong.")),

  /** A budget line of a measure holds the same year twice. */
  BUDGET_YEAR_DUPLICATE("budget.year.duplicate", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Budsjettår to ganger", "Budsjettår to gonger", "Budget year twice"),
      Label.of("Samme år står to ganger i én budsjettlinje for et tiltak.",
          "Same år står to gonger i éi budsjettlinje for eit tiltak.",
          "The same year appears twice in one budget line of a measure."),
      Label.of("Et beløp per år kan ikke summeres eller sammenlignes med økonomiplanen når året er tvetydig.",
          "Eit beløp per år kan ikkje summerast eller samanliknast med økonomiplanen når året er tvetydig.",
          "Money per year cannot be summed or matched to the financial plan when the year is ambiguous.")),

  /** A figure series holds the same year twice for the same kind of value. */
  FIGURE_YEAR_DUPLICATE("figure.year.duplicate", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("År to ganger i tallserie", "År to gonger i talserie", "Year twice in a figure series"),
      Label.of("Samme år står to ganger i en tallserie med samme slags verdi (registrert, fremskrevet, anslått).",
          "Same år står to gonger i ein talserie med same slag verdi (registrert, framskriven, anslått).",
          "The same year appears twice in a figure series with the same kind of value (observed, forecast, "
              + "estimate)."),
      Label.of("En serie har én verdi per år og slag; to verdier gjør serien umulig å tegne eller sammenligne.",
          "Ein serie har éin verdi per år og slag; to verdiar gjer serien umogleg å teikne eller samanlikne.",
          "A series holds one value per year and kind; two make it impossible to chart or compare.")),

  /** A figure series with forecast values names no source. */
  FIGURE_SOURCE_MISSING("figure.source.missing", Severity.WARNING, Severity.WARNING, Severity.WARNING,
      Label.of("Fremskrivning uten kilde", "Framskriving utan kjelde", "Forecast without a source"),
      Label.of("En tallserie med fremskrevne verdier oppgir ingen kilde (som SSB eller en navngitt modell).",
          "Ein talserie med framskrivne verdiar oppgir inga kjelde (som SSB eller ein namngitt modell).",
          "A figure series with forecast values names no source (such as SSB or a named model)."),
      Label.of("En fremskrivning er bare så god som modellen bak; uten kilde kan den ikke etterprøves.",
          "Ei framskriving er berre så god som modellen bak; utan kjelde kan ho ikkje etterprøvast.",
          "A forecast is only as good as its model; without a source it cannot be checked.")),

  /** A consultation ends before it starts. */
  CONSULTATION_REVERSED("consultation.reversed", Severity.ERROR, Severity.ERROR, Severity.ERROR,
      Label.of("Høringsperiode i feil rekkefølge", "Høyringsperiode i feil rekkjefølgje",
          "Reversed consultation period"),
      Label.of("En høring slutter (høringsfrist) før den starter.",
          "Ei høyring sluttar (høyringsfrist) før ho byrjar.",
          "A consultation ends (its deadline) before it starts."),
      Label.of("En høring som slutter før den starter, har ingen frist å svare innen; en av datoene er feil.",
          "Ei høyring som sluttar før ho byrjar, har ingen frist å svare innan; ein av datoane er feil.",
          "A consultation that ends before it starts gives no time to answer; one of the dates is wrong."));

  private static final Map<String, Rule> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::getCode, Function.identity()));

  /** The prefix of every message key of the rules, as in {@code helseplan.goal.unknown}. */
  static final String KEY_PREFIX = "helseplan.";

  private final String code;
  private final @Nullable Severity inActionPlan;
  private final @Nullable Severity inOtherPlan;
  private final @Nullable Severity inStrategy;
  private final Label label;
  private final Label checks;
  private final Label why;

  Rule(String code, @Nullable Severity inActionPlan, @Nullable Severity inOtherPlan,
      @Nullable Severity inStrategy, Label label, Label checks, Label why) {
    this.code = code;
    this.inActionPlan = inActionPlan;
    this.inOtherPlan = inOtherPlan;
    this.inStrategy = inStrategy;
    this.label = label;
    this.checks = checks;
    this.why = why;
  }

  /**
   * Returns the stable code of the rule, such as {@code measure.timeframe.outside-period}.
   *
   * @return the code, not null
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the key of the rule's message in the {@code ContributorValidationMessages} bundles, such as
   * {@code helseplan.goal.unknown}. Rules whose message names a field, such as {@link #TEXT_REQUIRED}, have one
   * key per field below this one ({@code helseplan.text.required.measure.title}).
   *
   * @return the message key, not null
   */
  public String getMessageKey() {
    return KEY_PREFIX + code;
  }

  /**
   * Returns the severity of a finding of this rule in a plan of the given kind, or empty when the rule is not
   * applied to that kind of plan.
   *
   * @param kind  the kind of plan, not null
   * @return the severity, or empty when the rule does not apply
   */
  public Optional<Severity> getSeverity(PlanKind kind) {
    switch (kind) {
      case ACTION_PLAN:
      case ACTION_PART:
        return Optional.ofNullable(inActionPlan);
      case STRATEGY:
      case STRATEGIC_PLAN:
        return Optional.ofNullable(inStrategy);
      default:
        return Optional.ofNullable(inOtherPlan);
    }
  }

  /**
   * Returns the most serious severity the rule has in any kind of plan.
   *
   * @return the highest severity, not null
   */
  public Severity getHighestSeverity() {
    Severity highest = Severity.INFO;
    for (Severity s : new Severity[] {inActionPlan, inOtherPlan, inStrategy}) {
      if (s != null && s.compareTo(highest) < 0) {
        highest = s;
      }
    }
    return highest;
  }

  /**
   * Returns whether the rule's severity, or whether it applies at all, depends on the kind of plan.
   *
   * @return true for plan-quality rules, false for rules about the data
   */
  public boolean isKindDependent() {
    return inActionPlan != inOtherPlan || inOtherPlan != inStrategy;
  }

  /**
   * Returns the short name of the rule in nb, nn and en.
   *
   * @return the name, not null
   */
  @Override
  public Label getLabel() {
    return label;
  }

  /**
   * Returns what the rule checks, in nb, nn and en.
   *
   * @return what the rule checks, not null
   */
  public Label getChecks() {
    return checks;
  }

  /**
   * Returns why the rule matters, in nb, nn and en.
   *
   * @return why the rule matters, not null
   */
  public Label getWhy() {
    return why;
  }

  /**
   * Obtains the rule with the given code.
   *
   * @param code  the code, such as {@code goal.unknown}, not null
   * @return the rule, or empty if no rule has the code
   */
  public static Optional<Rule> ofCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * Obtains the rule a message key belongs to: the rule whose key is the given key or its longest prefix
   * followed by a dot.
   *
   * @param key  a message key, with or without its braces, such as {@code {helseplan.text.required.goal.id}}
   * @return the rule, or empty if the key belongs to none
   */
  public static Optional<Rule> ofMessageKey(String key) {
    String k = key.startsWith("{") && key.endsWith("}") ? key.substring(1, key.length() - 1) : key;
    if (!k.startsWith(KEY_PREFIX)) {
      return Optional.empty();
    }
    String rest = k.substring(KEY_PREFIX.length());
    while (true) {
      Rule rule = BY_CODE.get(rest);
      if (rule != null) {
        return Optional.of(rule);
      }
      int dot = rest.lastIndexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      rest = rest.substring(0, dot);
    }
  }
}
