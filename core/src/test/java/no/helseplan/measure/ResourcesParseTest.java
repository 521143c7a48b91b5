package no.helseplan.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Resources#parse}: every resource phrase of the five seed plans, as extracted (line breaks and
 * hyphenation included), and other real phrasing.
 */
class ResourcesParseTest {

  static ResourceNeed need(String text, ResourceKind kind) {
    return ResourceNeed.builder().text(text).kind(kind).build();
  }

  static ResourceNeed.Builder amount(String text, ResourceKind kind, String min, String max, ResourceUnit unit) {
    return ResourceNeed.builder().text(text).kind(kind)
        .amount(Amount.between(new BigDecimal(min), new BigDecimal(max))).unit(unit);
  }

  static Arguments row(String text, ResourceNeed... needs) {
    return Arguments.of(text, List.of(needs));
  }

  static Stream<Arguments> seedPhrases() {
    return Stream.of(
        // Herøy (nn): the Ressursbehov column, and the counted dwellings of a measure.
        row("1 årsverk \nseksjon \nrehabili-\ntering", amount("1 årsverk \nseksjon \nrehabili-\ntering",
            ResourceKind.PERSONNEL, "1", "1", ResourceUnit.FTE).forUnit("seksjon rehabilitering").build()),
        row("3 årsverk", amount("3 årsverk", ResourceKind.PERSONNEL, "3", "3", ResourceUnit.FTE).build()),
        row("Investe-\nring", need("Investe-\nring", ResourceKind.INVESTMENT)),
        row("1-2 nye \nhardbruksbustadar", amount("1-2 nye \nhardbruksbustadar", ResourceKind.OTHER, "1", "2",
            ResourceUnit.ITEM).item("nye hardbruksbustadar").build()),
        row("20 nye omsorgs-\nbustadar", amount("20 nye omsorgs-\nbustadar", ResourceKind.OTHER, "20", "20",
            ResourceUnit.ITEM).item("nye omsorgsbustadar").build()),
        // Sør-Varanger (nb): the Finansiering column.
        row("Egne rammer / \nOU midler ", need("Egne rammer", ResourceKind.EXISTING_BUDGET),
            need("OU midler", ResourceKind.DEVELOPMENT_FUNDS)),
        row("Egne rammer", need("Egne rammer", ResourceKind.EXISTING_BUDGET)),
        row("Egne rammer ", need("Egne rammer", ResourceKind.EXISTING_BUDGET)),
        row("Egne rammer / \nKrever midler til \nprosjektledelse ", need("Egne rammer", ResourceKind.EXISTING_BUDGET),
            need("Krever midler til \nprosjektledelse", ResourceKind.EXTRA_FUNDS)),
        row("Videreføring av \n\nkompetansemidl\n\ner ",
            need("Videreføring av \n\nkompetansemidl\n\ner", ResourceKind.COMPETENCE_FUNDS)),
        row("Krever ekstra \nmidler ", need("Krever ekstra \nmidler", ResourceKind.EXTRA_FUNDS)),
        row("Investeringsmidle\nr ", need("Investeringsmidle\nr", ResourceKind.INVESTMENT)),
        row("Prosjektmidler / \negne rammer ", need("Prosjektmidler", ResourceKind.PROJECT_FUNDS),
            need("egne rammer", ResourceKind.EXISTING_BUDGET)),
        row("Prosjektmidler", need("Prosjektmidler", ResourceKind.PROJECT_FUNDS)),
        // Hustadvika (nb): money and the handlingsdel's funding words.
        row("40 millioner kroner", amount("40 millioner kroner", ResourceKind.OTHER, "40000000", "40000000",
            ResourceUnit.NOK).build()),
        row("17 \nmillioner", amount("17 \nmillioner", ResourceKind.OTHER, "17000000", "17000000",
            ResourceUnit.NOK).build()),
        row("57 millioner kroner", amount("57 millioner kroner", ResourceKind.OTHER, "57000000", "57000000",
            ResourceUnit.NOK).build()),
        row("drifts- og/eller investeringsmidler", need("drifts-", ResourceKind.OPERATING_FUNDS),
            need("investeringsmidler", ResourceKind.INVESTMENT)),
        // Voss (nn): the project's purpose.
        row("innafor \neigne rammer", need("innafor \neigne rammer", ResourceKind.EXISTING_BUDGET)));
  }

  static Stream<Arguments> otherPhrases() {
    return Stream.of(
        row("Husbanken-tilskot 45 %", amount("Husbanken-tilskot 45 %", ResourceKind.GRANT, "45", "45",
            ResourceUnit.PERCENT).build()),
        row("Tilskudd: 30 % av kostnaden", amount("Tilskudd: 30 % av kostnaden", ResourceKind.GRANT, "30", "30",
            ResourceUnit.PERCENT).build()),
        row("50 % stilling", amount("50 % stilling", ResourceKind.PERSONNEL, "50", "50",
            ResourceUnit.POSITION_PERCENT).build()),
        row("Låneopptak 40 millionar kroner", amount("Låneopptak 40 millionar kroner", ResourceKind.LOAN,
            "40000000", "40000000", ResourceUnit.NOK).build()),
        row("kr 500 000", amount("kr 500 000", ResourceKind.OTHER, "500000", "500000", ResourceUnit.NOK).build()),
        row("0,5 mill.", amount("0,5 mill.", ResourceKind.OTHER, "500000", "500000", ResourceUnit.NOK).build()),
        row("2,5 mill. kr", amount("2,5 mill. kr", ResourceKind.OTHER, "2500000", "2500000", ResourceUnit.NOK)
            .build()),
        row("Investering: kr 2 000 000", amount("Investering: kr 2 000 000", ResourceKind.INVESTMENT, "2000000",
            "2000000", ResourceUnit.NOK).build()),
        row("NOK 1.500.000", amount("NOK 1.500.000", ResourceKind.OTHER, "1500000", "1500000", ResourceUnit.NOK)
            .build()),
        row("300 000,-", amount("300 000,-", ResourceKind.OTHER, "300000", "300000", ResourceUnit.NOK).build()),
        row("200 tusen kroner", amount("200 tusen kroner", ResourceKind.OTHER, "200000", "200000", ResourceUnit.NOK)
            .build()),
        row("1,2 mrd", amount("1,2 mrd", ResourceKind.OTHER, "1200000000", "1200000000", ResourceUnit.NOK).build()),
        row("0,5 årsverk", amount("0,5 årsverk", ResourceKind.PERSONNEL, "0.5", "0.5", ResourceUnit.FTE).build()),
        row("1–2 årsverk til heimetenesta", amount("1–2 årsverk til heimetenesta", ResourceKind.PERSONNEL, "1", "2",
            ResourceUnit.FTE).forUnit("heimetenesta").build()),
        row("2 årsverk i barnevernet", amount("2 årsverk i barnevernet", ResourceKind.PERSONNEL, "2", "2",
            ResourceUnit.FTE).forUnit("barnevernet").build()),
        row("50 % stilling", amount("50 % stilling", ResourceKind.PERSONNEL, "50", "50",
            ResourceUnit.POSITION_PERCENT).build()),
        row("Eigne rammer", need("Eigne rammer", ResourceKind.EXISTING_BUDGET)),
        row("Innanfor eksisterande ramme", need("Innanfor eksisterande ramme", ResourceKind.EXISTING_BUDGET)),
        row("OU-midlar", need("OU-midlar", ResourceKind.DEVELOPMENT_FUNDS)),
        row("Prosjektmidlar", need("Prosjektmidlar", ResourceKind.PROJECT_FUNDS)),
        row("Kompetansemidlar", need("Kompetansemidlar", ResourceKind.COMPETENCE_FUNDS)),
        row("Driftsmidlar", need("Driftsmidlar", ResourceKind.OPERATING_FUNDS)),
        row("Tilskot frå Husbanken", need("Tilskot frå Husbanken", ResourceKind.GRANT)),
        row("Øremerket tilskudd", need("Øremerket tilskudd", ResourceKind.GRANT)),
        row("Krev ekstra midlar", need("Krev ekstra midlar", ResourceKind.EXTRA_FUNDS)),
        row("Krever investeringsmidler", need("Krever investeringsmidler", ResourceKind.INVESTMENT)),
        row("Krever midler til prosjektledelse og drift",
            need("Krever midler til prosjektledelse og drift", ResourceKind.EXTRA_FUNDS)),
        row("Egne rammer og prosjektmidlar", need("Egne rammer", ResourceKind.EXISTING_BUDGET),
            need("prosjektmidlar", ResourceKind.PROJECT_FUNDS)),
        row("Egne rammer; tilskot", need("Egne rammer", ResourceKind.EXISTING_BUDGET),
            need("tilskot", ResourceKind.GRANT)),
        row("Vert avklart i budsjett", need("Vert avklart i budsjett", ResourceKind.OTHER)),
        row("Innanfor ramma", need("Innanfor ramma", ResourceKind.EXISTING_BUDGET)),
        row("Ingen ekstra kostnad", need("Ingen ekstra kostnad", ResourceKind.EXISTING_BUDGET)),
        row("2 nye stillingar", amount("2 nye stillingar", ResourceKind.PERSONNEL, "2", "2", ResourceUnit.ITEM)
            .item("nye stillingar").build()),
        row("Statstilskot", need("Statstilskot", ResourceKind.GRANT)),
        row("Eksterne midlar", need("Eksterne midlar", ResourceKind.GRANT)),
        row("", new ResourceNeed[0]),
        row(" \n ", new ResourceNeed[0]),
        row("-", new ResourceNeed[0]));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("seedPhrases")
  void test_parse_seedPhrase(String text, List<ResourceNeed> expected) {
    Resources r = Resources.parse(text, Language.NB);
    assertEquals(text, r.getText());
    assertEquals(expected, r.getNeeds(), () -> "reading «" + text + "»");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("otherPhrases")
  void test_parse_otherPhrase(String text, List<ResourceNeed> expected) {
    Resources r = Resources.parse(text, Language.NN);
    assertEquals(text, r.getText());
    assertEquals(expected, r.getNeeds(), () -> "reading «" + text + "»");
  }

  /** The recognition figure over the seed phrases, stated in the report: every need of a known kind or amount. */
  @Test
  void test_parse_recognitionOfSeedPhrases() {
    int total = 0;
    int recognised = 0;
    List<String> missed = new ArrayList<>();
    for (Arguments a : (Iterable<Arguments>) seedPhrases()::iterator) {
      String text = (String) a.get()[0];
      total++;
      List<ResourceNeed> needs = Resources.parse(text, Language.NB).getNeeds();
      if (needs.equals(a.get()[1])
          && needs.stream().allMatch(n -> n.getKind() != ResourceKind.OTHER || n.getAmount().isPresent())) {
        recognised++;
      } else {
        missed.add(text);
      }
    }
    System.out.printf("Resources: %d of %d seed phrases read as expected%n", recognised, total);
    assertEquals(List.of(), missed);
  }

  @Test
  void test_parse_hugeText_isOneUnreadNeed() {
    String text = "Egne rammer / ".repeat(10_000);
    Resources r = Resources.parse(text, Language.NB);
    assertEquals(List.of(ResourceNeed.builder().text(text).build()), r.getNeeds());
  }
}
