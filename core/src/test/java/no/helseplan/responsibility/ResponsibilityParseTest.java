package no.helseplan.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.helseplan.text.RandomText;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Responsibility#parse}: every ansvar text of Herøy's handlingsplan and of Voss herad's timeline and
 * project, as extracted (line breaks and hyphenation included), and other real phrasing.
 */
class ResponsibilityParseTest {
  static final long SEED = Long.getLong("helseplan.seed", 20261126L);

  static final ActorKind LG = ActorKind.LEADERSHIP_GROUP;

  static Actor a(String name, ActorKind kind) {
    return Actor.of(name, kind);
  }

  static Arguments lead(String text, Actor lead) {
    return Arguments.of(text, Optional.of(lead), List.of(), List.of());
  }

  static Arguments with(String text, Actor lead, List<Actor> coLeads, List<Actor> partners) {
    return Arguments.of(text, Optional.of(lead), coLeads, partners);
  }

  static Stream<Arguments> seedTexts() {
    return Stream.of(
        // Herøy (nn): the Ansvar column, in the order of the plan.
        lead("Sektor helse og \nomsorg", a("Sektor helse og omsorg", ActorKind.SECTOR)),
        lead("Avdelingslei-\narane i helse- \nog omsorg", a("Avdelingsleiarane i helse- og omsorg", ActorKind.ROLE)),
        lead("Leiargruppa i \nhelse og \nomsorg", a("Leiargruppa i helse og omsorg", LG)),
        with("Dagleg leiar \nved Svingen, \nsaman med \nleiargruppa ", a("Dagleg leiar ved Svingen", ActorKind.ROLE),
            List.of(), List.of(a("leiargruppa", LG))),
        with("Dagleg leiar \nved Svingen, \nsaman med \nleiargruppa i \nhelse og \nomsorg ",
            a("Dagleg leiar ved Svingen", ActorKind.ROLE), List.of(), List.of(a("leiargruppa i helse og omsorg", LG))),
        lead("Avdelingsleiar \nfor pleie og \nomsorg ", a("Avdelingsleiar for pleie og omsorg", ActorKind.ROLE)),
        lead("Dagleg leiar \nved Svingen", a("Dagleg leiar ved Svingen", ActorKind.ROLE)),
        with("Helse og om-\nsorg, saman \nmed kultur og \noppvekst ", a("Helse og omsorg", ActorKind.SECTOR), List.of(),
            List.of(a("kultur og oppvekst", ActorKind.SECTOR))),
        lead("Heile \norganisasjonen", a("Heile organisasjonen", ActorKind.WHOLE_ORGANISATION)),
        lead("Strategi-\ngruppa for \nbarn og \nunge ", a("Strategigruppa for barn og unge", ActorKind.WORKING_GROUP)),
        lead("Heile organisa-\nsjonen ", a("Heile organisasjonen", ActorKind.WHOLE_ORGANISATION)),
        lead("Avdelingsleiar \nbarn, familie \nog helse", a("Avdelingsleiar barn, familie og helse", ActorKind.ROLE)),
        lead("Kommunalsjef \nhelse og \nomsorg ", a("Kommunalsjef helse og omsorg", ActorKind.ROLE)),
        lead("Leiargruppe i \nhelse og \nomsorg ", a("Leiargruppe i helse og omsorg", LG)),
        with("Avdelingsleiar \nbarn, familie \nog helse, og \ndagleg leiar \nved Svingen",
            a("Avdelingsleiar barn, familie og helse", ActorKind.ROLE),
            List.of(a("dagleg leiar ved Svingen", ActorKind.ROLE)), List.of()),
        with("NAV og \nkvalifise-\nringssenteret, \nsaman med \nresten av \norganisasjonen",
            a("NAV", ActorKind.EXTERNAL_PARTNER), List.of(a("kvalifiseringssenteret", ActorKind.SERVICE)),
            List.of(a("resten av organisasjonen", ActorKind.WHOLE_ORGANISATION))),
        with("Avdeling for \nbarn, familie \nog helse ilag \nmed sektor \nkultur og \noppvekst ",
            a("Avdeling for barn, familie og helse", ActorKind.DEPARTMENT), List.of(),
            List.of(a("sektor kultur og oppvekst", ActorKind.SECTOR))),
        lead("Rektor Herøy \nungdomskule ", a("Rektor Herøy ungdomskule", ActorKind.ROLE)),
        with("Seksjon \nbarnevern \nsaman med \nresten av \nkommunen ", a("Seksjon barnevern", ActorKind.SECTION),
            List.of(), List.of(a("resten av kommunen", ActorKind.WHOLE_ORGANISATION))),
        lead("Strategigrup-\npa for barn og \nunge ", a("Strategigruppa for barn og unge", ActorKind.WORKING_GROUP)),
        lead("Leiargruppa i \nhelse og om-\nsorg og i kultur \nog oppvekst",
            a("Leiargruppa i helse og omsorg og i kultur og oppvekst", LG)),
        lead("Alle tilsette i \nsektor helse og \nomsorg", a("Alle tilsette i sektor helse og omsorg", ActorKind.STAFF)),
        lead("Overordna \nleiargruppe ", a("Overordna leiargruppe", LG)),
        with("Leiargruppa i \nhelse og \nomsorg, \nsaman med \neigedoms-\navdelinga",
            a("Leiargruppa i helse og omsorg", LG), List.of(), List.of(a("eigedomsavdelinga", ActorKind.DEPARTMENT))),
        lead("Alle leiarane", a("Alle leiarane", ActorKind.STAFF)),
        lead("Alle leiarar", a("Alle leiarar", ActorKind.STAFF)),
        with("Alle tilsette og \npolitikarar", a("Alle tilsette", ActorKind.STAFF),
            List.of(a("politikarar", ActorKind.POLITICAL_BODY)), List.of()),
        lead("Sektor for \nsamfunns-\nutvikling med \nbrukarmed-\nverknad",
            a("Sektor for samfunnsutvikling med brukarmedverknad", ActorKind.SECTOR)),
        lead("Leiargruppe \nhelse og \nomsorg", a("Leiargruppe helse og omsorg", LG)),
        lead("Utviklings-\navdelinga", a("Utviklingsavdelinga", ActorKind.DEPARTMENT)),
        lead("Avdeling pleie \nog omsorg", a("Avdeling pleie og omsorg", ActorKind.DEPARTMENT)),
        with("Leiargruppe i \nhelse og om-\nsorg ilag med \ndagleg leiar av \nSvingen",
            a("Leiargruppe i helse og omsorg", LG), List.of(), List.of(a("dagleg leiar av Svingen", ActorKind.ROLE))),
        lead("Seksjon psykisk \nhelse og rus ", a("Seksjon psykisk helse og rus", ActorKind.SECTION)),
        lead("Kommunalsjef \nhelse og om-\nsorg", a("Kommunalsjef helse og omsorg", ActorKind.ROLE)),
        lead("Seksjon psykisk \nhelse og rus", a("Seksjon psykisk helse og rus", ActorKind.SECTION)),
        with("Leiargruppa i \nhelse og \nomsorg og \ndigitaliserings-\nleiar ", a("Leiargruppa i helse og omsorg", LG),
            List.of(a("digitaliseringsleiar", ActorKind.ROLE)), List.of()),
        lead("Leiargruppa i \nhelse og om-\nsorg", a("Leiargruppa i helse og omsorg", LG)),
        lead("Kommunalsjefen si leiargruppe", a("Kommunalsjefen si leiargruppe", LG)),
        // Herøy: who took part in the revision.
        lead("Helse, kultur og oppvekstutvalet", a("Helse, kultur og oppvekstutvalet", ActorKind.POLITICAL_BODY)),
        lead("Eldrerådet", a("Eldrerådet", ActorKind.COUNCIL)),
        lead("Rådet for menneske med nedsett funksjonsevne",
            a("Rådet for menneske med nedsett funksjonsevne", ActorKind.COUNCIL)),
        lead("Leiargruppene i helse og omsorg inkl HTV og HVO",
            a("Leiargruppene i helse og omsorg inkl HTV og HVO", LG)),
        lead("Leiargruppa i samfunnsutvikling", a("Leiargruppa i samfunnsutvikling", LG)),
        // Voss (nn): the framdriftsplan and the project "Saman om gode arbeidsdagar".
        lead("Leiargruppe helse og omsorg", a("Leiargruppe helse og omsorg", LG)),
        lead("Rådmannen si leiargruppe", a("Rådmannen si leiargruppe", LG)),
        lead("Leiargruppa helse og omsorg", a("Leiargruppa helse og omsorg", LG)),
        lead("Leiargruppe helse og \n\nomsorg", a("Leiargruppe helse og omsorg", LG)),
        lead("Utval for levekår (LEV)", a("Utval for levekår (LEV)", ActorKind.POLITICAL_BODY)),
        lead("Heradsstyret", a("Heradsstyret", ActorKind.POLITICAL_BODY)),
        lead("Kommunalsjef", a("Kommunalsjef", ActorKind.ROLE)),
        lead("Leiargruppa H&O", a("Leiargruppa H&O", LG)),
        with("prosjektleiarar, avdelingsleiarar, hovudtillitsvalt og hovudverneombod",
            a("prosjektleiarar", ActorKind.ROLE), List.of(a("avdelingsleiarar", ActorKind.ROLE),
                a("hovudtillitsvalt", ActorKind.ROLE), a("hovudverneombod", ActorKind.ROLE)), List.of()),
        lead("Partssamarbeidsgruppa", a("Partssamarbeidsgruppa", ActorKind.WORKING_GROUP)),
        with("Heimetenesta aust og Psykisk helse og rus avdelinga (POR) i Helse og omsorg",
            a("Heimetenesta aust", ActorKind.SERVICE),
            List.of(a("Psykisk helse og rus avdelinga (POR) i Helse og omsorg", ActorKind.DEPARTMENT)), List.of()),
        lead("Arbeidsmiljøgruppa til POR", a("Arbeidsmiljøgruppa til POR", ActorKind.WORKING_GROUP)),
        lead("Kommunelegane", a("Kommunelegane", ActorKind.ROLE)),
        // Hustadvika (nb): the working group's roles.
        with("Kommunalsjef/ leder for planarbeidet", a("Kommunalsjef", ActorKind.ROLE),
            List.of(a("leder for planarbeidet", ActorKind.ROLE)), List.of()),
        lead("Kommuneoverlege", a("Kommuneoverlege", ActorKind.ROLE)),
        lead("Leder forvaltningskontoret", a("Leder forvaltningskontoret", ActorKind.ROLE)),
        lead("Enhetsleder bo og habilitering", a("Enhetsleder bo og habilitering", ActorKind.ROLE)),
        lead("Enhetsleder forebygging, mestring og tjenester i hjemmet",
            a("Enhetsleder forebygging, mestring og tjenester i hjemmet", ActorKind.ROLE)),
        lead("Hovedtillitsvalgt Fagforbundet", a("Hovedtillitsvalgt Fagforbundet", ActorKind.ROLE)),
        lead("hovedutvalg helse, sosial og omsorg", a("hovedutvalg helse, sosial og omsorg",
            ActorKind.POLITICAL_BODY)),
        // Sør-Varanger (nb): "Etablere prosjektgruppe rundt Leve hele livet sammen med USHT".
        with("Prosjektgruppe sammen med USHT", a("Prosjektgruppe", ActorKind.WORKING_GROUP), List.of(),
            List.of(a("USHT", ActorKind.EXTERNAL_PARTNER))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("seedTexts")
  void test_parse_seedText(String text, Optional<Actor> lead, List<Actor> coLeads, List<Actor> partners) {
    Responsibility r = Responsibility.parse(text, Language.NN);
    assertEquals(text, r.getText());
    assertEquals(lead, r.getLead(), () -> "lead of «" + text + "»");
    assertEquals(coLeads, r.getCoLeads(), () -> "co-leads of «" + text + "»");
    assertEquals(partners, r.getPartners(), () -> "partners of «" + text + "»");
  }

  /** The recognition figure over the seed texts, stated in the report. */
  @Test
  void test_parse_recognitionOfSeedTexts() {
    int total = 0;
    int right = 0;
    List<String> missed = new ArrayList<>();
    for (Arguments a : (Iterable<Arguments>) seedTexts()::iterator) {
      Object[] args = a.get();
      total++;
      Responsibility r = Responsibility.parse((String) args[0], Language.NN);
      boolean ok = r.getLead().equals(args[1]) && r.getCoLeads().equals(args[2]) && r.getPartners().equals(args[3])
          && r.getLead().get().getKind() != ActorKind.OTHER;
      if (ok) {
        right++;
      } else {
        missed.add((String) args[0]);
      }
    }
    System.out.printf("Responsibility: %d of %d seed texts read as expected%n", right, total);
    assertEquals(List.of(), missed);
  }

  static Stream<Arguments> otherTexts() {
    return Stream.of(
        with("Rektor med leiargruppa", a("Rektor", ActorKind.ROLE), List.of(), List.of(a("leiargruppa", LG))),
        with("Kommunalsjef i samarbeid med NAV og Husbanken", a("Kommunalsjef", ActorKind.ROLE), List.of(),
            List.of(a("NAV", ActorKind.EXTERNAL_PARTNER), a("Husbanken", ActorKind.EXTERNAL_PARTNER))),
        with("Ledergruppen i helse og omsorg i lag med spesialisthelsetjenesten",
            a("Ledergruppen i helse og omsorg", LG), List.of(),
            List.of(a("spesialisthelsetjenesten", ActorKind.EXTERNAL_PARTNER))),
        with("Kommunestyret, i samarbeid med nabokommunene", a("Kommunestyret", ActorKind.POLITICAL_BODY), List.of(),
            List.of(a("nabokommunene", ActorKind.EXTERNAL_PARTNER))),
        with("Helse- og omsorgssjef sammen med alle ansatte", a("Helse- og omsorgssjef", ActorKind.ROLE), List.of(),
            List.of(a("alle ansatte", ActorKind.STAFF))),
        Arguments.of("i samarbeid med NAV", Optional.empty(), List.of(),
            List.of(a("NAV", ActorKind.EXTERNAL_PARTNER))),
        lead("Ansvar: Kommunalsjef", a("Kommunalsjef", ActorKind.ROLE)),
        with("Einingsleiar og fagleiar", a("Einingsleiar", ActorKind.ROLE), List.of(a("fagleiar", ActorKind.ROLE)),
            List.of()),
        with("Tenesteleiar heimetenesta i samarbeid med fastlegane", a("Tenesteleiar heimetenesta", ActorKind.ROLE),
            List.of(), List.of(a("fastlegane", ActorKind.ROLE))),
        lead("Helse- og omsorgssektoren", a("Helse- og omsorgssektoren", ActorKind.SECTOR)),
        lead("Frisklivssentralen", a("Frisklivssentralen", ActorKind.SERVICE)),
        with("Barnevernstenesta, helsestasjonen og skulane", a("Barnevernstenesta", ActorKind.SERVICE),
            List.of(a("helsestasjonen", ActorKind.SERVICE), a("skulane", ActorKind.SERVICE)), List.of()),
        with("Kommunedirektøren med støtte frå Statsforvaltaren", a("Kommunedirektøren", ActorKind.ROLE), List.of(),
            List.of(a("Statsforvaltaren", ActorKind.EXTERNAL_PARTNER))),
        lead("Svingen", a("Svingen", ActorKind.OTHER)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("otherTexts")
  void test_parse_otherText(String text, Optional<Actor> lead, List<Actor> coLeads, List<Actor> partners) {
    Responsibility r = Responsibility.parse(text, Language.NB);
    assertEquals(lead, r.getLead(), () -> "lead of «" + text + "»");
    assertEquals(coLeads, r.getCoLeads(), () -> "co-leads of «" + text + "»");
    assertEquals(partners, r.getPartners(), () -> "partners of «" + text + "»");
  }

  @ParameterizedTest(name = "[{index}] {0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "Spesialisthelsetenesta | EXTERNAL_PARTNER", "Statsforvaltaren | EXTERNAL_PARTNER",
      "Helse Møre og Romsdal HF | EXTERNAL_PARTNER", "Kommunedirektøren | ROLE", "Brukarutvalet | COUNCIL",
      "Ungdomsrådet | COUNCIL", "Formannskapet | POLITICAL_BODY", "Styringsgruppa | WORKING_GROUP",
      "Koordinerande eining | SERVICE", "Legevakta | SERVICE", "Heimetenesta | SERVICE",
      "Oppvekstsektoren | SECTOR", "Kommunalavdeling helse og omsorg | SECTOR", "Alle einingar | WHOLE_ORGANISATION",
      "Tilsette | STAFF", "Frivilligsentralen | EXTERNAL_PARTNER", "Seksjonsleiar | ROLE",
      "Rehabiliteringsseksjonen | SECTION", "Kommunen | WHOLE_ORGANISATION", "Svingen | OTHER", "'' | OTHER"})
  void test_classify(String name, ActorKind expected) {
    assertEquals(expected, Actor.classify(name), () -> "kind of «" + name + "»");
  }

  /**
   * A run of genitive markers is worked out once per word, not tried in every combination: found by fuzzing
   * (Jazzer, {@code fuzzTextRepair}), where 32 of them took seconds and the 80 words allowed would never end.
   * The bound only turns such a hang into a failure.
   */
  @Test
  void test_classify_runOfGenitives() {
    String owned = "Rådmannen " + "si ".repeat(76) + "leiargruppe";
    String nothing = "a " + "si ".repeat(76) + "b";
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      assertEquals(LG, Actor.classify(owned));
      assertEquals(ActorKind.OTHER, Actor.classify(nothing));
      assertEquals(Optional.of(a(owned, LG)), Responsibility.parse(owned, Language.NN).getLead());
      assertEquals(Optional.of(a(nothing, ActorKind.OTHER)), Responsibility.parse(nothing, Language.NB).getLead());
    });
  }

  static IntStream cases() {
    return IntStream.range(0, 400);
  }

  static final String[] VOCABULARY = {"Leiargruppa", "i", "helse", "og", "omsorg", ",", "saman", "med", "ilag",
      "i lag med", "NAV", "Alle", "tilsette", "Dagleg", "leiar", "ved", "Svingen", "/", "om-", "sorg", "samt", "&",
      "si", "sin", "Ansvar:", "(POR)", "resten", "av", "heile", "sammen", "med", ";", "-"};

  /** No string makes the parser throw; the text comes back verbatim; names come from the text's words. */
  @ParameterizedTest(name = "case {0}")
  @MethodSource("cases")
  void test_parse_neverThrows(int n) {
    RandomText random = new RandomText(SEED + n);
    String text = n % 50 == 0 ? random.huge(100_000, VOCABULARY) : random.next(VOCABULARY);
    for (Language language : Language.values()) {
      Responsibility r = Responsibility.parse(text, language);
      assertEquals(text, r.getText(), () -> "seed " + (SEED + n));
      r.getLead().ifPresent(lead -> assertTrue(!lead.getName().isBlank(), () -> "seed " + (SEED + n)));
    }
  }
}
