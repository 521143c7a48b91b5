package no.helseplan.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import no.helseplan.goal.Goal;
import no.helseplan.goal.GoalKind;
import no.helseplan.measure.Measure;
import no.helseplan.measure.MeasureKind;
import no.helseplan.measure.MeasureStatus;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.MunicipalityEntry;
import no.helseplan.municipality.MunicipalityRegister;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.FocusAreaKind;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.plan.PlanStatus;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.vocabulary.Language;

/**
 * A synthetic national corpus (nb/nn: <i>nasjonalt plankorpus</i>): one health and care plan for each of the 357
 * municipalities valid on 1 January 2024 in the bundled register, generated from a seed.
 *
 * <p>Each plan has 6 to 10 focus areas and 60 to 200 measures in all, in Bokmål or Nynorsk (municipalities in
 * the Nynorsk heartland write Nynorsk, a few elsewhere too). Titles are 5 to 20 words, descriptions 10 to 60
 * words, about half the measures have bullets. Every time frame, resource and responsibility is written as a
 * phrase a municipality would write ("Jamleg", "Haust 2025", "2026/2027", "hvert 4. år", "innan 1 veke",
 * "Eigne rammer / OU-midlar", "Kommunalsjef helse og omsorg i samarbeid med NAV") and interpreted by the
 * parsers ({@link Timeframe#parse}, {@link Resources#parse}, {@link Responsibility#parse}), so the values are the
 * ones a reader produces from such a file.
 *
 * <p>The same seed always gives the same corpus. Immutable and thread-safe.
 */
public final class NationalCorpus {
  /** The default seed of the benchmarks. */
  public static final long DEFAULT_SEED = 20240101L;
  /** The day whose municipalities make up the corpus. */
  public static final LocalDate REGISTER_DATE = LocalDate.of(2024, 1, 1);

  private final long seed;
  private final List<Plan> plans;

  private NationalCorpus(long seed, List<Plan> plans) {
    this.seed = seed;
    this.plans = List.copyOf(plans);
  }

  /**
   * Generates the corpus of a seed.
   *
   * @param seed the seed; the same seed gives the same plans
   * @return the corpus, not null
   */
  public static NationalCorpus generate(long seed) {
    return generate(seed, Integer.MAX_VALUE);
  }

  /**
   * Generates the plans of the first municipalities only: the same plans as the first of the whole corpus.
   *
   * @param seed the seed; the same seed gives the same plans
   * @param limit the most municipalities, at least 1
   * @return the corpus, not null
   */
  public static NationalCorpus generate(long seed, int limit) {
    List<MunicipalityEntry> municipalities = MunicipalityRegister.bundled().validOn(REGISTER_DATE);
    SplittableRandom root = new SplittableRandom(seed);
    List<Plan> plans = new ArrayList<>(Math.min(limit, municipalities.size()));
    for (MunicipalityEntry municipality : municipalities.subList(0, Math.min(limit, municipalities.size()))) {
      plans.add(new PlanMaker(root.split(), municipality).plan());
    }
    return new NationalCorpus(seed, plans);
  }

  /**
   * Returns the seed the corpus was generated from.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Returns the plans, one per municipality, in the register's order.
   *
   * @return the plans, not null
   */
  public List<Plan> getPlans() {
    return plans;
  }

  /**
   * Generates phrases as municipalities write them in a time-frame, resources or responsibility column.
   *
   * @param kind which column: "timeframe", "resources" or "responsibility"
   * @param count how many phrases
   * @param seed the seed; the same seed gives the same phrases
   * @return the phrases, half in Bokmål and half in Nynorsk, not null
   */
  public static List<String> phrases(String kind, int count, long seed) {
    Phrases phrases = new Phrases(new SplittableRandom(seed));
    List<String> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean nn = (i & 1) == 1;
      switch (kind) {
        case "timeframe":
          result.add(phrases.timeframe(nn, 2024, 2030));
          break;
        case "resources":
          result.add(phrases.resources(nn));
          break;
        case "responsibility":
          result.add(phrases.responsibility(nn));
          break;
        default:
          throw new IllegalArgumentException("Unknown phrase kind " + kind);
      }
    }
    return result;
  }

  /** Builds one municipality's plan. */
  private static final class PlanMaker {
    private final SplittableRandom random;
    private final MunicipalityEntry municipality;
    private final boolean nn;
    private final Language language;
    private final Phrases phrases;
    private final Words words;

    PlanMaker(SplittableRandom random, MunicipalityEntry municipality) {
      this.random = random;
      this.municipality = municipality;
      String county = municipality.getNumber().substring(0, 2);
      // Vestland and Møre og Romsdal write mostly Nynorsk; a few municipalities elsewhere too.
      this.nn = county.equals("46") || county.equals("15") ? random.nextInt(10) < 8 : random.nextInt(10) == 0;
      this.language = nn ? Language.NN : Language.NB;
      this.phrases = new Phrases(random);
      this.words = new Words(random, nn);
    }

    Plan plan() {
      int start = 2023 + random.nextInt(4);
      int end = start + 3 + random.nextInt(9);
      LocalDate documentDate = LocalDate.of(start - 1, 1 + random.nextInt(12), 1 + random.nextInt(28));
      TimeframeContext context = TimeframeContext.builder().periodStart(start).periodEnd(end)
          .documentDate(documentDate).build();
      String name = municipality.getName();
      Plan.Builder plan = Plan.builder()
          .id("plan-" + municipality.getNumber())
          .title((nn ? "Helse- og omsorgsplan for " : "Helse- og omsorgsplan for ") + name + " kommune "
              + start + "–" + end)
          .subtitle(words.sentence(4, 9))
          .kind(random.nextInt(3) == 0 ? PlanKind.ACTION_PLAN : PlanKind.MUNICIPAL_SUBPLAN)
          .municipality(municipality.toMunicipality())
          .language(language)
          .period(PlanPeriod.of(start, end))
          .documentDate(documentDate)
          .adoption(Adoption.builder().date(documentDate.plusDays(30 + random.nextInt(60)))
              .body(nn ? "Kommunestyret" : "Kommunestyret").build())
          .status(PlanStatus.values()[random.nextInt(PlanStatus.values().length)])
          .vision(words.sentence(6, 16));
      int areas = 6 + random.nextInt(5);
      int measures = 60 + random.nextInt(141);
      int[] perArea = spread(measures, areas);
      for (int a = 0; a < areas; a++) {
        plan.addFocusAreas(focusArea(a + 1, perArea[a], context));
      }
      return plan.build();
    }

    private int[] spread(int total, int parts) {
      int[] counts = new int[parts];
      for (int i = 0; i < parts; i++) {
        counts[i] = 1;
      }
      for (int left = total - parts; left > 0; left--) {
        counts[random.nextInt(parts)]++;
      }
      return counts;
    }

    private FocusArea focusArea(int number, int measures, TimeframeContext context) {
      String id = "omrade-" + number;
      FocusArea.Builder area = FocusArea.builder()
          .id(id)
          .number(String.valueOf(number))
          .kind(FocusAreaKind.values()[random.nextInt(FocusAreaKind.values().length)])
          .name(words.areaName())
          .description(words.sentence(15, 60));
      int goals = 1 + random.nextInt(3);
      List<String> goalIds = new ArrayList<>();
      for (int g = 1; g <= goals; g++) {
        String goalId = id + "-mal-" + g;
        goalIds.add(goalId);
        area.addGoals(Goal.builder().id(goalId).number(number + "." + g).kind(GoalKind.values()[
            random.nextInt(GoalKind.values().length)]).statement(words.sentence(5, 20)).build());
      }
      for (int m = 1; m <= measures; m++) {
        area.addMeasures(measure(id + "-tiltak-" + m, number + "." + m, goalIds, context));
      }
      return area.build();
    }

    private Measure measure(String id, String number, List<String> goalIds, TimeframeContext context) {
      Measure.Builder measure = Measure.builder()
          .id(id)
          .number(number)
          .kind(random.nextInt(8) == 0 ? MeasureKind.values()[random.nextInt(MeasureKind.values().length)]
              : MeasureKind.MEASURE)
          .title(words.sentence(5, 20))
          .description(words.sentence(10, 60))
          .addGoals(goalIds.get(random.nextInt(goalIds.size())));
      if (random.nextBoolean()) {
        int bullets = 2 + random.nextInt(4);
        for (int b = 0; b < bullets; b++) {
          measure.addBullets(Bullet.of(words.sentence(3, 14)));
        }
      }
      if (random.nextInt(10) > 0) {
        measure.timeframe(Timeframe.parse(phrases.timeframe(nn, context.getPeriodStart().orElseThrow(),
            context.getPeriodEnd().orElseThrow()), language, context));
      }
      if (random.nextInt(10) > 1) {
        measure.resources(Resources.parse(phrases.resources(nn), language));
      }
      if (random.nextInt(10) > 0) {
        measure.responsibility(Responsibility.parse(phrases.responsibility(nn), language));
      }
      if (random.nextInt(3) == 0) {
        measure.status(MeasureStatus.values()[random.nextInt(MeasureStatus.values().length)]);
      }
      return measure.build();
    }
  }

  /** Phrases of the time-frame, resources and responsibility columns, built from their parts. */
  static final class Phrases {
    private static final String[] MONTHS_NB = {"januar", "februar", "mars", "april", "mai", "juni", "juli",
      "august", "september", "oktober", "november", "desember"};
    private static final String[] MONTHS_SHORT = {"jan", "feb", "mars", "april", "mai", "juni", "juli", "aug",
      "sept", "okt", "nov", "des"};
    private static final String[] WEEKDAYS_NB = {"Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"};
    private static final String[] WEEKDAYS_NN = {"Måndag", "Tysdag", "Onsdag", "Torsdag", "Fredag"};

    private final SplittableRandom random;

    Phrases(SplittableRandom random) {
      this.random = random;
    }

    private String pick(String... choices) {
      return choices[random.nextInt(choices.length)];
    }

    private String pick(boolean nn, String nnForm, String nbForm) {
      return nn ? nnForm : nbForm;
    }

    /** A time-frame phrase of any of the seven shapes, each about as often. */
    String timeframe(boolean nn, int start, int end) {
      int year = start + random.nextInt(Math.max(1, end - start + 1));
      switch (random.nextInt(7)) {
        case 0: // ongoing
          return nn ? pick("Jamleg", "Løpande", "Kontinuerleg", "Heile planperioden", "Gjennom heile planperioden",
              "Fortløpande") : pick("Løpende", "Kontinuerlig", "Fortløpende", "Jevnlig", "Hele planperioden",
              "Løpende / kontinuerlig");
        case 1: // recurring
          switch (random.nextInt(8)) {
            case 0:
              return nn ? pick("Årleg", "Kvart år", "kvart år") : pick("Årlig", "Hvert år", "hvert år");
            case 1:
              int n = 2 + random.nextInt(3);
              return nn ? pick("kvart " + n + ". år", "Kvart " + (n == 2 ? "andre" : n == 3 ? "tredje" : "fjerde")
                  + " år") : pick("hvert " + n + ". år", "Hvert " + n + ".år");
            case 2:
              return nn ? pick("kvart kvartal", "Kvar månad", "Månadleg", "kvar veke") : pick("hvert kvartal",
                  "Månedlig", "Halvårlig", "hver uke");
            case 3:
              return (1 + random.nextInt(28)) + ". " + MONTHS_NB[random.nextInt(12)] + (nn ? " kvart år" : " hvert år");
            case 4:
              return nn ? "minst ein gong kvart år" : "minst en gang i året";
            case 5:
              return nn ? pick("kvar haust", "kvar vår") : pick("hver høst", "hver vår");
            case 6:
              return nn ? "Oddetalsår" : pick("Partallsår", "Oddetallsår");
            default:
              return (nn ? "kvart år i " : "hvert år i ") + MONTHS_NB[random.nextInt(12)];
          }
        case 2: // point
          switch (random.nextInt(9)) {
            case 0:
              return String.valueOf(year);
            case 1:
              return (nn ? pick("Haust ", "Hausten ", "Våren ", "Vinteren ", "Sommaren ")
                  : pick("Høst ", "Høsten ", "Våren ", "Vinteren ", "Sommeren ")) + year;
            case 2:
              return capitalise(MONTHS_NB[random.nextInt(12)]) + " " + year;
            case 3:
              return (1 + random.nextInt(4)) + ". kvartal " + year;
            case 4:
              return (1 + random.nextInt(2)) + ". halvår " + year;
            case 5:
              return String.format(Locale.ROOT, "%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                  year);
            case 6:
              return (nn ? pick("Frist ", "innan ", "seinast ") : pick("Frist ", "innen ", "senest "))
                  + (1 + random.nextInt(28)) + ". " + MONTHS_SHORT[random.nextInt(12)] + " " + year;
            case 7:
              return (nn ? pick(WEEKDAYS_NN) : pick(WEEKDAYS_NB)) + " " + (1 + random.nextInt(28)) + ". "
                  + MONTHS_SHORT[random.nextInt(12)];
            default:
              return (nn ? "innan utgangen av " : "innen utgangen av ") + year;
          }
        case 3: // span
          int to = year + 1 + random.nextInt(3);
          switch (random.nextInt(5)) {
            case 0:
              return year + "/" + to;
            case 1:
              return year + "-" + to;
            case 2:
              return year + " – " + to;
            case 3:
              return (nn ? "frå " : "fra ") + year + " til " + to;
            default:
              return year + "-" + String.format(Locale.ROOT, "%02d", to % 100);
          }
        case 4: // relative
          int count = 1 + random.nextInt(12);
          switch (random.nextInt(4)) {
            case 0:
              return (nn ? "innan " : "innen ") + count + (nn ? (count == 1 ? " veke" : " veker")
                  : (count == 1 ? " uke" : " uker"));
            case 1:
              return (nn ? "innan " : "innen ") + (count * 7) + (nn ? " dagar" : " dager");
            case 2:
              return count + (nn ? (count == 1 ? " månad" : " månader") : (count == 1 ? " måned" : " måneder"));
            default:
              return (nn ? "innan " : "innen ") + count + (nn ? " veker etter innlegging"
                  : " uker etter innleggelse");
          }
        case 5: // unspecified
          return nn ? pick("I løpet av planperioden", "i planperioden", "innan utgangen av planperioden")
              : pick("I løpet av planperioden", "i planperioden", "innen utgangen av planperioden");
        default: // unrecognised: hedged or open phrases
          return nn ? pick("ca. " + year, "Oppstart " + year, "Når midlar er på plass", "Ved behov",
              "Etter vedtak i kommunestyret", year + "?") : pick("ca. " + year, "Oppstart " + year,
              "Når midler foreligger", "Ved behov", "slutten av " + year, "før " + year);
      }
    }

    /** A resources phrase: budget frames, project funds, amounts of money and of staff. */
    String resources(boolean nn) {
      switch (random.nextInt(9)) {
        case 0:
          return nn ? pick("Eigne rammer", "Innanfor eksisterande rammer", "Innanfor eksisterande ramme")
              : pick("Egne rammer", "Innenfor eksisterende rammer", "Innenfor eksisterende ramme");
        case 1:
          return nn ? "Eigne rammer / OU-midlar" : "Egne rammer / OU midler";
        case 2:
          return (random.nextBoolean() ? "0,5" : String.valueOf(1 + random.nextInt(3)))
              + " årsverk " + pick(nn, "i heimetenesta", "i hjemmetjenesten");
        case 3:
          return "kr " + (100 + random.nextInt(900)) + " 000" + pick(nn, " i tilskot", " i tilskudd");
        case 4:
          return (1 + random.nextInt(9)) + "," + random.nextInt(10) + " mill. kr";
        case 5:
          return nn ? pick("Prosjektmidlar", "Tilskot frå Statsforvaltaren", "Eigne rammer og prosjektmidlar")
              : pick("Prosjektmidler", "Tilskudd fra Statsforvalteren", "Egne rammer og prosjektmidler");
        case 6:
          return nn ? "Krev investeringsmidlar" : pick("Krever investeringsmidler", "Krever ekstra midler");
        case 7:
          return (20 + 10 * random.nextInt(8)) + " % stilling" + pick(nn, " som koordinator", " som koordinator");
        default:
          return nn ? pick("Investering: kr 2 000 000", "Driftsmidlar", "Vidareføring av kompetansemidlar")
              : pick("Investering: kr 2 000 000", "Driftsmidler", "Videreføring av kompetansemidler");
      }
    }

    /** A responsibility phrase: a lead, sometimes sharing it, sometimes with partners. */
    String responsibility(boolean nn) {
      String lead = actor(nn);
      switch (random.nextInt(5)) {
        case 0:
        case 1:
          return lead;
        case 2:
          return lead + (nn ? pick(", saman med ", " i samarbeid med ", " i lag med ")
              : pick(", sammen med ", " i samarbeid med ", " med støtte fra ")) + actor(nn);
        case 3:
          return lead + " og " + actor(nn);
        default:
          return lead + (nn ? " i samarbeid med " : " i samarbeid med ") + actor(nn) + " og " + actor(nn);
      }
    }

    private String actor(boolean nn) {
      return nn ? pick("Kommunalsjef helse og omsorg", "Tenesteleiar heimetenesta", "Dagleg leiar ved Svingen",
          "Leiargruppa", "Kommuneoverlegen", "NAV", "Frivilligsentralen", "Einingsleiar for sjukeheimen",
          "Rådmannen", "Kommunedirektøren", "Helsestasjonen", "Fagleiar rus og psykisk helse", "Avdelingsleiarane",
          "Folkehelsekoordinator", "Brukarrådet", "Eldrerådet", "Helse Bergen")
          : pick("Kommunalsjef helse og omsorg", "Tjenesteleder hjemmetjenesten", "Daglig leder ved Svingen",
          "Ledergruppen", "Kommuneoverlegen", "NAV", "Frivilligsentralen", "Enhetsleder for sykehjemmet",
          "Rådmannen", "Kommunedirektøren", "Helsestasjonen", "Fagleder rus og psykisk helse",
          "Avdelingslederne", "Folkehelsekoordinator", "Brukerrådet", "Eldrerådet", "Helse Nord");
    }

    private static String capitalise(String word) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
  }

  /** Running text in Bokmål or Nynorsk, of the vocabulary of health and care plans. */
  static final class Words {
    private static final String[] NB = {"kommunen", "skal", "styrke", "tjenestene", "til", "innbyggerne", "med",
      "vekt", "på", "forebygging", "og", "tidlig", "innsats", "for", "barn", "unge", "eldre", "pårørende",
      "brukermedvirkning", "hjemmetjenesten", "sykehjem", "omsorgsboliger", "velferdsteknologi", "kompetanse",
      "rekruttering", "samhandling", "spesialisthelsetjenesten", "frivillige", "organisasjoner", "helhetlige",
      "pasientforløp", "mestring", "hverdagsrehabilitering", "demens", "psykisk", "helse", "rus", "folkehelse",
      "fastlegeordningen", "legevakt", "kvalitet", "trygghet", "gjennom", "hele", "livsløpet", "ved", "behov",
      "etablere", "videreutvikle", "kartlegge", "gjennomføre", "evaluere", "rutiner", "tverrfaglig", "team",
      "oppfølging", "i", "av", "et", "en", "det", "som", "alle", "nye", "bedre", "felles", "digitale", "løsninger"};
    private static final String[] NN = {"kommunen", "skal", "styrkje", "tenestene", "til", "innbyggjarane",
      "med", "vekt", "på", "førebygging", "og", "tidleg", "innsats", "for", "born", "unge", "eldre", "pårørande",
      "brukarmedverknad", "heimetenesta", "sjukeheim", "omsorgsbustader", "velferdsteknologi", "kompetanse",
      "rekruttering", "samhandling", "spesialisthelsetenesta", "frivillige", "organisasjonar", "heilskaplege",
      "pasientforløp", "meistring", "kvardagsrehabilitering", "demens", "psykisk", "helse", "rus", "folkehelse",
      "fastlegeordninga", "legevakt", "kvalitet", "tryggleik", "gjennom", "heile", "livsløpet", "ved", "behov",
      "etablere", "vidareutvikle", "kartleggje", "gjennomføre", "evaluere", "rutinar", "tverrfagleg", "team",
      "oppfølging", "i", "av", "eit", "ein", "det", "som", "alle", "nye", "betre", "felles", "digitale", "løysingar"};
    private static final String[] AREAS_NB = {"Forebygging og folkehelse", "Tidlig innsats for barn og unge",
      "Mestring i eget liv", "Helhetlige tjenester", "Rekruttering og kompetanse", "Velferdsteknologi",
      "Psykisk helse og rus", "Demensomsorg", "Pårørende som ressurs", "Legetjenester og legevakt",
      "Boliger og bomiljø", "Frivillighet og samskaping"};
    private static final String[] AREAS_NN = {"Førebygging og folkehelse", "Tidleg innsats for born og unge",
      "Meistring i eige liv", "Heilskaplege tenester", "Rekruttering og kompetanse", "Velferdsteknologi",
      "Psykisk helse og rus", "Demensomsorg", "Pårørande som ressurs", "Legetenester og legevakt",
      "Bustader og bumiljø", "Frivilligheit og samskaping"};

    private final SplittableRandom random;
    private final String[] words;
    private final String[] areas;

    Words(SplittableRandom random, boolean nn) {
      this.random = random;
      this.words = nn ? NN : NB;
      this.areas = nn ? AREAS_NN : AREAS_NB;
    }

    String areaName() {
      return areas[random.nextInt(areas.length)];
    }

    /** A sentence of min to max words, capitalised, ending in a full stop now and then. */
    String sentence(int min, int max) {
      int count = min + random.nextInt(max - min + 1);
      StringBuilder text = new StringBuilder(count * 9);
      for (int i = 0; i < count; i++) {
        String word = words[random.nextInt(words.length)];
        if (i == 0) {
          text.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        } else {
          text.append(i % 11 == 10 ? ", " : " ").append(word);
        }
      }
      if (random.nextBoolean()) {
        text.append('.');
      }
      return text.toString();
    }
  }

  @Override
  public String toString() {
    return "NationalCorpus[seed=" + seed + ", " + plans.size() + " plans]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NationalCorpus && ((NationalCorpus) other).plans.equals(plans);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plans);
  }
}
