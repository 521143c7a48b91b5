package no.helseplan.text;

import java.util.Arrays;
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
 * once, in time linear in its length, compiles no pattern and makes no object per word.
 */
@Value.Immutable
public abstract class WrittenStandard {
  private static final MarkerTable MARKERS = new MarkerTable(markers());
  /** {@link #lowerLetter} of each Latin-1 character. */
  private static final char[] LATIN1_LOWER_LETTERS = latin1LowerLetters();

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
    Counts counts = new Counts();
    counts.add(text);
    return counts.result();
  }

  /**
   * Guesses the written standard of several texts taken together, such as the titles and descriptions of a
   * plan's measures; never throws. The result is that of {@link #detect(CharSequence)} on the texts joined with
   * a sentence break between them, without joining them.
   *
   * @param texts the texts, not null, none null
   * @return the guess with its evidence
   */
  public static WrittenStandard detect(Iterable<? extends CharSequence> texts) {
    Objects.requireNonNull(texts, "texts");
    Counts counts = new Counts();
    for (CharSequence text : texts) {
      counts.add(Objects.requireNonNull(text, "text"));
    }
    return counts.result();
  }

  /** The marker words counted so far, over one or more texts. */
  private static final class Counts {
    private final int[] counts = new int[MARKERS.size()];
    private int nb;
    private int nn;

    /** Counts the markers of a text; a word never runs from one text into the next. */
    void add(CharSequence text) {
      // Each word is hashed in lower case as it is read; only a word as short as a marker is looked up, in place,
      // without a String or a copy of its letters.
      int i = 0;
      int n = text.length();
      while (i < n) {
        char lower = lowerLetter(text.charAt(i));
        if (lower == 0) {
          i++;
          continue;
        }
        int start = i;
        int hash = 0;
        do {
          hash = 31 * hash + lower;
          if (++i == n) {
            break;
          }
          lower = lowerLetter(text.charAt(i));
        } while (lower != 0);
        int length = i - start;
        int marker = length <= MARKERS.maxLength() ? MARKERS.find(text, start, length, hash) : -1;
        if (marker >= 0) {
          counts[marker]++;
          if (MARKERS.language(marker) == Language.NB) {
            nb++;
          } else {
            nn++;
          }
        }
      }
    }

    WrittenStandard result() {
      Map<String, Integer> evidence = new TreeMap<>();
      for (int m = 0; m < counts.length; m++) {
        if (counts[m] > 0) {
          evidence.put(MARKERS.word(m), counts[m]);
        }
      }
      Builder result = builder().bokmalMarkers(nb).nynorskMarkers(nn).evidence(evidence);
      if (nb != nn) {
        int max = Math.max(nb, nn);
        result.guess(nb > nn ? Language.NB : Language.NN).confidence((max + 1.0) / (nb + nn + 2.0));
      }
      return result.build();
    }
  }

  /** The letter c in lower case, or 0 when c is no letter; Latin-1 from a table. */
  private static char lowerLetter(char c) {
    if (c < LATIN1_LOWER_LETTERS.length) {
      return LATIN1_LOWER_LETTERS[c];
    }
    return Character.isLetter(c) ? Character.toLowerCase(c) : 0;
  }

  private static char[] latin1LowerLetters() {
    char[] table = new char[256];
    for (char c = 0; c < table.length; c++) {
      table[c] = Character.isLetter(c) ? Character.toLowerCase(c) : 0;
    }
    return table;
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

  /** The marker words, in lower case, each with the standard it marks; for tests. */
  static Map<String, Language> markers() {
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

  /**
   * The marker words in an open-addressing hash table, looked up by a word's characters and {@link
   * String#hashCode()}-style hash, so that reading a text makes no String per word.
   */
  private static final class MarkerTable {
    private final String[] words;
    private final Language[] languages;
    /** Index into {@link #words} per slot, or -1 for an empty slot; at most a quarter of the slots are used. */
    private final int[] slots;
    /** The hash of the word in each used slot, compared before its letters. */
    private final int[] hashes;
    private final int maxLength;

    MarkerTable(Map<String, Language> markers) {
      words = markers.keySet().toArray(new String[0]);
      languages = new Language[words.length];
      slots = new int[Integer.highestOneBit(Math.max(1, words.length) * 4) * 2];
      hashes = new int[slots.length];
      Arrays.fill(slots, -1);
      for (int m = 0; m < words.length; m++) {
        languages[m] = markers.get(words[m]);
        int slot = spread(words[m].hashCode());
        while (slots[slot] >= 0) {
          slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = m;
        hashes[slot] = words[m].hashCode();
      }
      maxLength = Arrays.stream(words).mapToInt(String::length).max().orElse(0);
    }

    /** The length of the longest marker: a longer word is no marker. */
    int maxLength() {
      return maxLength;
    }

    int size() {
      return words.length;
    }

    String word(int marker) {
      return words[marker];
    }

    Language language(int marker) {
      return languages[marker];
    }

    /**
     * The marker spelt, in lower case, by the letters {@code text[start, start + length)} whose hash is given, or
     * -1.
     */
    int find(CharSequence text, int start, int length, int hash) {
      for (int slot = spread(hash); slots[slot] >= 0; slot = (slot + 1) & (slots.length - 1)) {
        String w = words[slots[slot]];
        if (hashes[slot] == hash && w.length() == length && spells(w, text, start)) {
          return slots[slot];
        }
      }
      return -1;
    }

    private static boolean spells(String w, CharSequence text, int start) {
      for (int k = 0; k < w.length(); k++) {
        if (w.charAt(k) != lowerLetter(text.charAt(start + k))) {
          return false;
        }
      }
      return true;
    }

    private int spread(int hash) {
      return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }
  }

  /** Builds {@link WrittenStandard} values; obtain one with {@link WrittenStandard#builder()}. */
  public static final class Builder extends ImmutableWrittenStandard.Builder {
    Builder() {}
  }
}
