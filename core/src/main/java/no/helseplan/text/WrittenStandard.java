package no.helseplan.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import no.helseplan.vocabulary.Language;
import org.immutables.value.Value;

/**
 * Which written standard of Norwegian a text is in (nb/nn: <i>målform</i>), Bokmål ({@link Language#NB}) or
 * Nynorsk ({@link Language#NN}), guessed from marker words, with the evidence.
 *
 * <p>A marker word is a common word whose form differs between the standards and which the other standard
 * does not use: <i>ikkje / ikke, eg / jeg, kva / hva, korleis / hvordan, kvifor / hvorfor, mykje / mye, berre /
 * bare, frå / fra, heime / hjemme, tenester / tjenester, tilsette / ansatte, leiar / leder, brukar / bruker,
 * pårørande / pårørende, sjukeheim / sykehjem, vere / være</i> and about a hundred more, each in its usual
 * inflected forms. Words spelt alike in both standards ("helse", "plan", "og") are not counted.
 *
 * <p>The {@linkplain #getConfidence() confidence} is the share of markers that agree with the guess, smoothed
 * so that little evidence gives little confidence: {@code (max + 1) / (nb + nn + 2)}. Three Nynorsk markers and no
 * Bokmål marker give 0.8; thirty give about 0.97. With no marker, or as many of each, there is no guess and the
 * confidence is 0. A validator can compare the guess with a plan's declared language and warn when they disagree
 * with, say, confidence 0.8 or more.
 *
 * <p>Implementation Requirements: an immutable value, thread-safe; {@link #detect(CharSequence)} reads the text
 * once, in time linear in its length, and compiles no pattern.
 */
@Value.Immutable
public abstract class WrittenStandard {
  private static final Map<String, Language> MARKERS = markers();

  WrittenStandard() {}

  /**
   * Returns a new builder; for tests and for tools that combine evidence.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Guesses the written standard of a text from its marker words; never throws.
   *
   * @param text the text, such as a plan's sections joined, not null
   * @return the guess with its evidence
   */
  public static WrittenStandard detect(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Map<String, Integer> counts = new HashMap<>();
    int nb = 0;
    int nn = 0;
    int n = text.length();
    int i = 0;
    StringBuilder word = new StringBuilder(24);
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      word.setLength(0);
      while (i < n && Character.isLetter(text.charAt(i))) {
        if (word.length() < 40) {
          word.append(Character.toLowerCase(text.charAt(i)));
        }
        i++;
      }
      Language marker = MARKERS.get(word.toString());
      if (marker != null) {
        counts.merge(word.toString(), 1, Integer::sum);
        if (marker == Language.NB) {
          nb++;
        } else {
          nn++;
        }
      }
    }
    Builder result = builder().bokmalMarkers(nb).nynorskMarkers(nn).evidence(new TreeMap<>(counts));
    if (nb != nn) {
      int max = Math.max(nb, nn);
      result.guess(nb > nn ? Language.NB : Language.NN).confidence((max + 1.0) / (nb + nn + 2.0));
    }
    return result.build();
  }

  /**
   * Returns the guessed standard, {@link Language#NB} or {@link Language#NN}; empty when the text has no marker
   * word or as many of each.
   *
   * @return the guess
   */
  public abstract Optional<Language> getGuess();

  /**
   * Returns how sure the guess is, from 0 (no guess) to below 1, as defined in the class comment.
   *
   * @return the confidence
   */
  @Value.Default
  public double getConfidence() {
    return 0.0;
  }

  /**
   * Returns how many Bokmål marker words the text holds.
   *
   * @return the count of Bokmål markers
   */
  public abstract int getBokmalMarkers();

  /**
   * Returns how many Nynorsk marker words the text holds.
   *
   * @return the count of Nynorsk markers
   */
  public abstract int getNynorskMarkers();

  /**
   * Returns each marker word found, in lower case, with how often it occurs; the evidence behind the guess.
   *
   * @return the marker words and their counts, sorted by word
   */
  public abstract Map<String, Integer> getEvidence();

  /**
   * Tells whether a declared language disagrees with this guess at or above a confidence: a plan declared
   * {@code nb} whose text reads as Nynorsk with confidence 0.9 disagrees at 0.8. English never disagrees, as the
   * markers tell only the two Norwegian standards apart.
   *
   * @param declared the language the plan declares
   * @param minConfidence the confidence from which a disagreement counts, 0 to 1
   * @return true when the guess is the other Norwegian standard with at least that confidence
   */
  public boolean disagreesWith(Language declared, double minConfidence) {
    return declared != Language.EN && getGuess().isPresent() && getGuess().get() != declared
        && getConfidence() >= minConfidence;
  }

  @Value.Check
  void check() {
    if (getGuess().filter(l -> l == Language.EN).isPresent()) {
      throw new IllegalStateException("A written standard is nb or nn, not en");
    }
    if (getConfidence() < 0.0 || getConfidence() > 1.0) {
      throw new IllegalStateException("A confidence is from 0 to 1, not " + getConfidence());
    }
  }

  private static Map<String, Language> markers() {
    Map<String, Language> m = new HashMap<>();
    // Pairs: Nynorsk form(s) | Bokmål form(s), space-separated within each side.
    String[][] pairs = {
      {"ikkje", "ikke"},
      {"eg", "jeg"},
      {"kva", "hva"},
      {"korleis", "hvordan"},
      {"kvifor", "hvorfor"},
      {"kven", "hvem"},
      {"kvar kvart", "hver hvert hvor"},
      {"kor", ""},
      {"mykje", "mye"},
      {"noko nokon nokre", "noe noen"},
      {"berre", "bare"},
      {"difor", "derfor"},
      {"frå", "fra"},
      {"heime", "hjemme"},
      {"heimen heimane", "hjemmet hjemmene"},
      {"teneste tenesta tenester tenestene", "tjeneste tjenesten tjenester tjenestene"},
      {"tilsette", "ansatte"},
      {"leiar leiaren leiarar leiarane", "leder lederen ledere lederne"},
      {"leiing", "ledelse"},
      {"brukar brukaren brukarar brukarane", "bruker brukeren brukere brukerne"},
      {"pårørande", "pårørende"},
      {"innbyggjar innbyggar innbyggarar innbyggjarar innbyggarane", "innbygger innbyggere innbyggerne"},
      {"sjukeheim sjukeheimen sjukeheimar", "sykehjem sykehjemmet"},
      {"sjukdom", "sykdom"},
      {"bustad bustadar bustader", "bolig boliger boligen"},
      {"vere vera", "være"},
      {"gjere gjera", "gjøre"},
      {"gjer", "gjør"},
      {"vert vart", ""},
      {"heile", "hele"},
      {"mogleg moglegheit moglegheiter", "mulig mulighet muligheter"},
      {"tidleg", "tidlig"},
      {"dagleg", "daglig"},
      {"årleg", "årlig"},
      {"naudsynt naudsynte", "nødvendig nødvendige"},
      {"desse", "disse"},
      {"dei", "de"},
      {"ein", "en"},
      {"eit", "et"},
      {"eitt", "ett"},
      {"sjølv", "selv"},
      {"saman", "sammen"},
      {"kvardag kvardagen", "hverdag hverdagen"},
      {"medverknad", "medvirkning"},
      {"høyring", "høring"},
      {"me", ""},
      {"òg", ""},
      {"utval utvalet", "utvalg utvalget"},
      {"tilbod tilboda", "tilbud tilbudet"},
      {"oppgåve oppgåver", "oppgave oppgaver"},
      {"fylgje følgje", "følge"},
      {"særleg", "særlig"},
      {"vanskeleg", "vanskelig"},
      {"eigen eige eigne eiga", "egen eget egne"},
      {"seinare", "senere"},
      {"fyrst", ""},
      {"gjennomføre", "gjennomføre"},
      {"slik", "slik"},
      {"no", "nå"},
      {"nokså", ""},
      {"heller", "heller"},
      {"utan", "uten"},
      {"etter", "etter"},
      {"kunnskap", "kunnskap"},
      {"framleis", "fortsatt"},
      {"sidan", "siden"},
      {"mellom", "mellom"},
      {"verksemd", "virksomhet"},
      {"arbeidsgjevar arbeidsgivar", "arbeidsgiver"},
      {"løysing løysingar", "løsning løsninger"},
      {"tryggleik", "trygghet"},
      {"helsestasjon", "helsestasjon"},
      {"kommunane", "kommunene"},
      {"sektorar", "sektorer"},
      {"områda", "områdene"},
      {"planane", "planene"},
    };
    for (String[] pair : pairs) {
      if (pair[0].equals(pair[1])) {
        continue;
      }
      for (String w : pair[0].split(" ")) {
        if (!w.isEmpty()) {
          m.put(w.toLowerCase(Locale.ROOT), Language.NN);
        }
      }
      for (String w : pair[1].split(" ")) {
        if (!w.isEmpty()) {
          m.put(w.toLowerCase(Locale.ROOT), Language.NB);
        }
      }
    }
    // "no", "nå" and "de" occur in both standards or in English; keep only unambiguous markers.
    m.remove("no");
    m.remove("nå");
    m.remove("de");
    return Map.copyOf(m);
  }

  /** Builds {@link WrittenStandard} values; obtain one with {@link WrittenStandard#builder()}. */
  public static final class Builder extends ImmutableWrittenStandard.Builder {
    Builder() {}
  }
}
