package no.helseplan.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.helseplan.vocabulary.Label;

/**
 * A set of themes (nb/nn: <i>tema</i>) to look for in plans: the built-in vocabulary of themes common in
 * Norwegian municipal health and care plans, and any a researcher adds.
 *
 * <pre>{@code
 * Themes.builtIn().matching("Digital heimeoppfølging")     // [velferdsteknologi, bustad]
 * Themes mine = Themes.builtIn().with(Theme.of("ernaering", "Ernæring", "ernæring", "kosthald", "kosthold"));
 * corpus.countByTheme(mine, Language.NB)
 * }</pre>
 *
 * <p>The built-in stems are written from Bokmål and Nynorsk word formation, not from any one plan: a stem
 * covers a word's inflections and the compounds it begins ("demens" finds "demensomsorg"), and compounds in
 * which the theme's word comes second have stems of their own ("omsorgsbustad", "fastlege",
 * "kvardagsrehab"). Read {@link Theme} for how matching works; {@link Theme#getStems} lists every stem.
 * Elliptic compounds are spelt out: "brukar- og pårørandeundersøkingar" is about user participation too.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Themes {

  /** Dementia (nb/nn: <i>demens</i>), with memory teams and Alzheimer's disease. */
  public static final Theme DEMENTIA = Theme.of("demens", Label.of("Demens", "Demens", "Dementia"),
      List.of("demens", "dement", "alzheimer", "hukommelse", "kognitiv svikt", "huk-team"),
      List.of("demens", "dement", "alzheimer", "hukommelse", "kognitiv svikt", "huk-team", "minnesvikt"));

  /** Next of kin and carers (nb: <i>pårørende</i>, nn: <i>pårørande</i>), with respite care (avlastning). */
  public static final Theme NEXT_OF_KIN = Theme.of("parorande",
      Label.of("Pårørende", "Pårørande", "Next of kin"),
      List.of("pårørend", "omsorgsstønad", "avlastning", "pårørendemedvirk"),
      List.of("pårørand", "omsorgsstønad", "avlasting", "avlastning", "pårørandemedverk"));

  /** Volunteering (nb: <i>frivillighet</i>, nn: <i>frivilligheit</i>) and non-profit organisations. */
  public static final Theme VOLUNTEERING = Theme.of("frivillighet",
      Label.of("Frivillighet", "Frivilligheit", "Volunteering"),
      List.of("frivillig", "ideell", "ideelle", "lag og foreninger", "interesseorganisasjon", "likeperson"),
      List.of("frivillig", "ideell", "ideelle", "lag og organisasjonar", "interesseorganisasjon", "likeperson"));

  /**
   * Welfare and health technology (nb/nn: <i>velferds- og helseteknologi</i>), with mastery technology
   * (mestringsteknologi / meistringsteknologi) and digital home follow-up (digital hjemmeoppfølging /
   * heimeoppfølging).
   */
  public static final Theme WELFARE_TECHNOLOGY = Theme.of("velferdsteknologi",
      Label.of("Velferds- og helseteknologi", "Velferds- og helseteknologi", "Welfare and health technology"),
      List.of("velferdsteknolog", "velferds- og helseteknolog", "helseteknolog", "mestringsteknolog", "e-helse",
          "digital hjemmeoppfølg", "digitalt tilsyn", "digitale tilsyn", "trygghetsalarm", "trygghetsteknolog",
          "trygghetsskapende teknolog", "responssenter", "medisindispenser",
          "sensorteknolog", "lokaliseringsteknolog", "digital heimeoppfølg"),
      List.of("velferdsteknolog", "velferds- og helseteknolog", "helseteknolog", "meistringsteknolog",
          "mestringsteknolog", "e-helse", "digital heimeoppfølg", "digitalt tilsyn", "digitale tilsyn",
          "tryggleiksalarm", "tryggleiksskapande teknolog", "responssenter", "tryggleiksteknolog", "medisindispenser", "sensorteknolog", "lokaliseringsteknolog"));

  /** Recruitment and competence (nb/nn: <i>rekruttering og kompetanse</i>), with full-time work and training. */
  public static final Theme RECRUITMENT_AND_COMPETENCE = Theme.of("rekruttering-og-kompetanse",
      Label.of("Rekruttering og kompetanse", "Rekruttering og kompetanse", "Recruitment and competence"),
      List.of("rekrutter", "kompetanse", "heltid", "videreutdann", "etterutdann", "lærling",
          "nyansatt", "onboarding", "praksisplass", "sykepleierutdann", "beholde ansatte",
          "beholde medarbeidere"),
      List.of("rekrutter", "kompetanse", "heiltid", "vidareutdann", "etterutdann", "lærling",
          "nytilsett", "onboarding", "praksisplass", "sjukepleiarutdann", "behalde tilsette",
          "behalde medarbeidarar"));

  /** Mental health and substance use (nb/nn: <i>psykisk helse og rus</i>). */
  public static final Theme MENTAL_HEALTH_AND_SUBSTANCE_USE = Theme.of("psykisk-helse-og-rus",
      Label.of("Psykisk helse og rus", "Psykisk helse og rus", "Mental health and substance use"),
      List.of("psykisk", "psykiatri", "psykose", "rus", "avhengighet", "selvmord", "angst", "depresjon",
          "fact-team", "fact ung", "act-team"),
      List.of("psykisk", "psykiatri", "psykose", "rus", "avhengigheit", "sjølvmord", "angst", "depresjon",
          "fact-team", "fact ung", "act-team"))
      .withExclusions("russ", "rust", "rusk");

  /** Children and young people (nb/nn: <i>barn og unge</i>; nn also <i>born</i>), with upbringing and school. */
  public static final Theme CHILDREN_AND_YOUNG_PEOPLE = Theme.of("barn-og-unge",
      Label.of("Barn og unge", "Barn og unge", "Children and young people"),
      List.of("barn", "småbarn", "unge", "ungdom", "oppvekst", "elev", "skole", "foreldr", "foster", "helsestasjon"),
      List.of("barn", "born", "småbarn", "unge", "ungdom", "oppvekst", "elev", "skule", "foreldr", "foster",
          "helsestasjon"));

  /**
   * Housing and living safely at home (nb: <i>bolig, bo trygt hjemme</i>, nn: <i>bustad, bu trygt heime</i>),
   * with care housing (omsorgsbolig / omsorgsbustad) and home-based services (hjemmetjenesten / heimetenesta).
   */
  public static final Theme HOUSING = Theme.of("bustad",
      Label.of("Bolig og bo trygt hjemme", "Bustad og bu trygt heime", "Housing and living safely at home"),
      List.of("bolig", "omsorgsbolig", "hardbruksbolig", "utleiebolig", "bofelle", "botilbud", "bo trygt",
          "bo hjemme", "hjem", "husbank"),
      List.of("bustad", "omsorgsbustad", "hardbruksbustad", "utleigebustad", "bufelle", "bofelle", "butilbod",
          "butilhøve", "bu trygt", "bu heime", "heim", "husbank"))
      .withExclusions("hjemmel", "hjeml", "hjemmesid", "hjemside", "heimel", "heiml", "heimesid", "heimsid");

  /**
   * Doctor services (nb: <i>legetjeneste</i>, nn: <i>legeteneste</i>): regular GPs (fastlege), out-of-hours
   * services (legevakt) and municipal doctors.
   */
  public static final Theme DOCTORS = Theme.of("legeteneste",
      Label.of("Legetjeneste", "Legeteneste", "Doctor services"),
      List.of("lege", "fastleg", "kommuneleg", "sykehjemsleg", "tilsynsleg", "allmennleg", "turnusleg", "lis1",
          "helsestasjonsleg", "skoleleg"),
      List.of("lege", "legar", "legane", "fastleg", "kommuneleg", "sjukeheimsleg", "tilsynsleg", "allmennleg",
          "turnusleg", "lis1", "helsestasjonsleg", "skuleleg"))
      .withExclusions("legemid", "legeme", "fastlegg");

  /**
   * Rehabilitation and habilitation (nb/nn: <i>rehabilitering, habilitering</i>), with everyday rehabilitation
   * (hverdagsrehabilitering / kvardagsrehabilitering) and the coordinating unit (koordinerende enhet /
   * koordinerande eining).
   */
  public static final Theme REHABILITATION = Theme.of("rehabilitering",
      Label.of("Rehabilitering", "Rehabilitering", "Rehabilitation"),
      List.of("rehab", "habilit", "hverdagsrehab", "hverdagsmestring", "fysio", "ergo", "opptrening",
          "koordinerende enhet"),
      List.of("rehab", "habilit", "kvardagsrehab", "kvardagsmeistring", "fysio", "ergo", "opptrening",
          "koordinerande eining"))
      .withExclusions("ergonom");

  /**
   * Prevention and public health (nb: <i>forebygging</i>, nn: <i>førebygging</i>), with folkehelse and
   * friskliv.
   */
  public static final Theme PREVENTION = Theme.of("forebygging",
      Label.of("Forebygging", "Førebygging", "Prevention"),
      List.of("forebygg", "folkehelse", "friskliv", "tidlig innsats", "helsefremm"),
      List.of("førebygg", "forebygg", "folkehelse", "friskliv", "tidleg innsats", "helsefremj", "helsefremm"));

  /**
   * User participation (nb: <i>brukermedvirkning</i>, nn: <i>brukarmedverknad</i>), with user councils and
   * surveys and the question "Hva er viktig for deg?".
   */
  public static final Theme USER_PARTICIPATION = Theme.of("brukarmedverknad",
      Label.of("Brukermedvirkning", "Brukarmedverknad", "User participation"),
      List.of("brukermedvirk", "medvirk", "brukerutvalg", "brukerundersøk", "brukerrepresent", "brukerråd",
          "brukerinvolver", "hva er viktig for deg", "pårørendemedvirk", "samskap", "eldreråd", "ungdomsråd"),
      List.of("brukarmedverk", "medverk", "brukarutval", "brukarundersøk", "brukarrepresent", "brukarråd",
          "brukarinvolver", "kva er viktig for deg", "pårørandemedverk", "samskap", "eldreråd", "ungdomsråd"));

  private static final Themes BUILT_IN = new Themes(List.of(DEMENTIA, NEXT_OF_KIN, VOLUNTEERING,
      WELFARE_TECHNOLOGY, RECRUITMENT_AND_COMPETENCE, MENTAL_HEALTH_AND_SUBSTANCE_USE, CHILDREN_AND_YOUNG_PEOPLE,
      HOUSING, DOCTORS, REHABILITATION, PREVENTION, USER_PARTICIPATION));

  private final List<Theme> themes;

  private Themes(List<Theme> themes) {
    this.themes = List.copyOf(themes);
  }

  /**
   * Returns the twelve built-in themes, in this order: demens, pårørande, frivilligheit, velferds- og
   * helseteknologi, rekruttering og kompetanse, psykisk helse og rus, barn og unge, bustad, legeteneste,
   * rehabilitering, førebygging, brukarmedverknad.
   *
   * @return the built-in themes
   */
  public static Themes builtIn() {
    return BUILT_IN;
  }

  /**
   * Obtains a set of exactly the given themes, in the order given.
   *
   * <pre>{@code
   * Themes.of(Themes.DEMENTIA, Themes.NEXT_OF_KIN)
   * }</pre>
   *
   * @param themes the themes; a later theme with the id of an earlier one replaces it
   * @return the set
   */
  public static Themes of(Theme... themes) {
    return new Themes(List.of()).with(themes);
  }

  /**
   * Obtains a set of exactly the given themes, in the order given.
   *
   * @param themes the themes; a later theme with the id of an earlier one replaces it
   * @return the set
   */
  public static Themes of(Collection<Theme> themes) {
    return of(themes.toArray(new Theme[0]));
  }

  /**
   * Returns this set with more themes: each is added at the end, or replaces the theme with its id in place.
   *
   * <pre>{@code
   * Themes.builtIn().with(Theme.of("ernaering", "Ernæring", "ernæring", "kosthald", "kosthold"))
   * }</pre>
   *
   * @param more the themes to add
   * @return the new set
   */
  public Themes with(Theme... more) {
    List<Theme> all = new ArrayList<>(themes);
    for (Theme theme : more) {
      int at = -1;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).getId().equals(theme.getId())) {
          at = i;
        }
      }
      if (at >= 0) {
        all.set(at, theme);
      } else {
        all.add(theme);
      }
    }
    return new Themes(all);
  }

  /**
   * Returns the themes, in order.
   *
   * @return the themes
   */
  public List<Theme> getThemes() {
    return themes;
  }

  /**
   * Finds a theme by its id.
   *
   * @param id the id, such as "demens"
   * @return the theme, or empty
   */
  public Optional<Theme> get(String id) {
    return themes.stream().filter(t -> t.getId().equals(id)).findFirst();
  }

  /**
   * Returns the themes a text is about, in the order of this set.
   *
   * @param text the text, such as {@link MeasureInContext#getText()}
   * @return the matching themes, possibly empty
   */
  public List<Theme> matching(String text) {
    return themes.stream().filter(t -> t.matches(text)).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Themes && themes.equals(((Themes) other).themes);
  }

  @Override
  public int hashCode() {
    return themes.hashCode();
  }

  /**
   * Returns the ids of the themes, for reading.
   *
   * @return a text such as {@code [demens, parorande]}
   */
  @Override
  public String toString() {
    return themes.stream().map(Theme::getId).collect(Collectors.joining(", ", "[", "]"));
  }
}
