package no.helseplan.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Concept;
import no.helseplan.vocabulary.Language;

/**
 * Two versions of the same plan compared (nb/nn: <i>revisjon</i>): which measures were added, which removed,
 * and which changed and how, so a researcher can follow a plan through its revisions, as Herøy revised its
 * action plan because most measures were done.
 *
 * <pre>{@code
 * PlanComparison diff = PlanComparison.of(heroy2025, heroy2026);
 * diff.getAdded().size()
 * diff.getRemoved().forEach(m -> System.out.println(m.getTitle()))
 * diff.getChanged().stream().filter(c -> c.getChangedFields().contains(MeasureField.STATUS)).count()
 * diff.toTable(Language.NN)
 * }</pre>
 *
 * <p><b>How measures are paired.</b> By title {@linkplain #similarity(String, String) similarity}, helped by
 * ids. A pair of an earlier and a later measure is a candidate when their titles are at least as similar as the
 * threshold, or when they have the same id and their titles are at least {@value #ID_TITLE_FLOOR} similar.
 * Candidates are taken from the most similar down, a pair with the same id first among equally similar ones,
 * then in the order printed; each measure is paired at most once. So a measure that keeps its id and its
 * title is always found, one that keeps its id is found through a rewording that leaves its title half alike,
 * and one that changes its id is found by its title. Ids alone are not trusted, because plans number their
 * measures by position ("tiltak-2-1", "oppdrag-01"): when a revision drops a measure the numbers after it
 * shift, and the same id on another title is a renumbering, not the same measure. What is left is added (only
 * in the later version) or removed (only in the earlier).
 *
 * <p>The default threshold, {@value #DEFAULT_THRESHOLD}, pairs a title that was reworded or re-inflected
 * ("Leggja til rette for at born" / "Legge til rette for at barn": 0.79; "Etablere Svingen
 * dagaktivitetstilbod" / "Vidareutvikle Svingen dagaktivitetstilbod": 0.78) and keeps different measures apart:
 * of the 10 296 pairs of different measures in the plans of Herøy, Sør-Varanger and Voss, none reaches 0.7;
 * the median is 0.26, one in a hundred reaches 0.47 and the most similar pair 0.68. A measure whose title is
 * rewritten beyond recognition shows as one removed and one added.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class PlanComparison {
  /** The title similarity at or above which two measures without a common id are paired. */
  public static final double DEFAULT_THRESHOLD = 0.7;

  /** The title similarity at or above which two measures with the same id may be taken for the same measure. */
  public static final double ID_TITLE_FLOOR = 0.5;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Plan before;
  private final Plan after;
  private final List<MeasureInContext> added;
  private final List<MeasureInContext> removed;
  private final List<MeasureChange> matched;

  private PlanComparison(Plan before, Plan after, double threshold) {
    this.before = before;
    this.after = after;
    List<MeasureInContext> old = PlanCorpus.measuresOf(before);
    List<MeasureInContext> fresh = PlanCorpus.measuresOf(after);
    MeasureChange[] pairOfOld = new MeasureChange[old.size()];
    boolean[] freshTaken = new boolean[fresh.size()];
    List<Map<String, Integer>> oldBigrams = new ArrayList<>();
    old.forEach(m -> oldBigrams.add(bigrams(m.getTitle())));
    List<Map<String, Integer>> freshBigrams = new ArrayList<>();
    fresh.forEach(m -> freshBigrams.add(bigrams(m.getTitle())));

    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < old.size(); i++) {
      for (int j = 0; j < fresh.size(); j++) {
        boolean sameId = old.get(i).getId().equals(fresh.get(j).getId());
        double score = similarity(old.get(i).getTitle(), fresh.get(j).getTitle(), oldBigrams.get(i),
            freshBigrams.get(j));
        if (score >= threshold || sameId && score >= ID_TITLE_FLOOR) {
          candidates.add(new Candidate(i, j, score, sameId));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score)
        .thenComparing(c -> !c.sameId).thenComparingInt(c -> c.before).thenComparingInt(c -> c.after));
    for (Candidate c : candidates) {
      if (pairOfOld[c.before] == null && !freshTaken[c.after]) {
        freshTaken[c.after] = true;
        pairOfOld[c.before] = new MeasureChange(old.get(c.before), fresh.get(c.after),
            c.sameId ? MatchedBy.ID : MatchedBy.TITLE, c.score);
      }
    }

    List<MeasureChange> pairs = new ArrayList<>();
    List<MeasureInContext> gone = new ArrayList<>();
    for (int i = 0; i < old.size(); i++) {
      if (pairOfOld[i] == null) {
        gone.add(old.get(i));
      } else {
        pairs.add(pairOfOld[i]);
      }
    }
    List<MeasureInContext> come = new ArrayList<>();
    for (int j = 0; j < fresh.size(); j++) {
      if (!freshTaken[j]) {
        come.add(fresh.get(j));
      }
    }
    this.added = List.copyOf(come);
    this.removed = List.copyOf(gone);
    this.matched = List.copyOf(pairs);
  }

  /** A possible pair: indices into the earlier and later measures, their title similarity, whether ids agree. */
  private static final class Candidate {
    final int before;
    final int after;
    final double score;
    final boolean sameId;

    Candidate(int before, int after, double score, boolean sameId) {
      this.before = before;
      this.after = after;
      this.score = score;
      this.sameId = sameId;
    }
  }

  /**
   * Compares two versions of a plan with the {@linkplain #DEFAULT_THRESHOLD default threshold}.
   *
   * <pre>{@code
   * PlanComparison diff = PlanComparison.of(heroy2025, heroy2026);
   * }</pre>
   *
   * @param before the earlier version
   * @param after the later version
   * @return the comparison
   */
  public static PlanComparison of(Plan before, Plan after) {
    return new PlanComparison(before, after, DEFAULT_THRESHOLD);
  }

  /**
   * Compares two versions of a plan, pairing measures without a common id when their titles are at least
   * this {@linkplain #similarity(String, String) similar}.
   *
   * <pre>{@code
   * PlanComparison.of(heroy2025, heroy2026, 0.5)   // pair more loosely
   * }</pre>
   *
   * @param before the earlier version
   * @param after the later version
   * @param threshold the least similarity, from 0 (exclusive) to 1 (inclusive); above 1 pairs by id only
   * @return the comparison
   * @throws IllegalArgumentException if the threshold is not above 0, or is not a number
   */
  public static PlanComparison of(Plan before, Plan after, double threshold) {
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("The similarity threshold must be above 0, not " + threshold);
    }
    return new PlanComparison(before, after, threshold);
  }

  /**
   * Measures how similar two titles are, from 0 (no common letter pair) to 1 (the same words): the Dice
   * coefficient of their letter pairs. Each title is normalised (NFC, lower case) and split into words at
   * every character that is neither a letter nor a digit; the letter pairs (bigrams) of each word are
   * counted, and the similarity is twice the number of pairs the two have in common (counting repeats) divided
   * by the number of pairs in both. A word of one letter counts as one "pair". Word order does not matter, and
   * inflections share most pairs: "Leggja til rette for at born" and "Legge til rette for at barn" score 0.79.
   * Two titles with no letter or digit score 1 when they are equal after normalising, else 0.
   *
   * <pre>{@code
   * PlanComparison.similarity("Etablere Svingen dagaktivitetstilbod", "Vidareutvikle Svingen dagaktivitetstilbod")
   * }</pre>
   *
   * @param a one title
   * @param b another title
   * @return the similarity, from 0 to 1
   */
  public static double similarity(String a, String b) {
    return similarity(a, b, bigrams(a), bigrams(b));
  }

  private static double similarity(String a, String b, Map<String, Integer> pairsA, Map<String, Integer> pairsB) {
    if (pairsA.isEmpty() && pairsB.isEmpty()) {
      return Theme.normalise(a).strip().equals(Theme.normalise(b).strip()) ? 1.0 : 0.0;
    }
    return dice(pairsA, pairsB);
  }

  private static Map<String, Integer> bigrams(String title) {
    Map<String, Integer> pairs = new HashMap<>();
    for (String word : NOT_WORD.split(Theme.normalise(title))) {
      int[] cps = word.codePoints().toArray();
      if (cps.length == 1) {
        pairs.merge(new String(cps, 0, 1), 1, Integer::sum);
      }
      for (int k = 0; k + 1 < cps.length; k++) {
        pairs.merge(new String(cps, k, 2), 1, Integer::sum);
      }
    }
    return pairs;
  }

  private static double dice(Map<String, Integer> a, Map<String, Integer> b) {
    int sizeA = a.values().stream().mapToInt(Integer::intValue).sum();
    int sizeB = b.values().stream().mapToInt(Integer::intValue).sum();
    if (sizeA + sizeB == 0) {
      return 0.0;
    }
    int common = 0;
    for (Map.Entry<String, Integer> pair : a.entrySet()) {
      common += Math.min(pair.getValue(), b.getOrDefault(pair.getKey(), 0));
    }
    return 2.0 * common / (sizeA + sizeB);
  }

  /**
   * Returns the earlier version of the plan.
   *
   * @return the plan before
   */
  public Plan getBefore() {
    return before;
  }

  /**
   * Returns the later version of the plan.
   *
   * @return the plan after
   */
  public Plan getAfter() {
    return after;
  }

  /**
   * Returns the measures only in the later version, in its order.
   *
   * @return the measures added
   */
  public List<MeasureInContext> getAdded() {
    return added;
  }

  /**
   * Returns the measures only in the earlier version, in its order.
   *
   * @return the measures removed
   */
  public List<MeasureInContext> getRemoved() {
    return removed;
  }

  /**
   * Returns every measure found in both versions, changed or not, in the order of the earlier version.
   *
   * @return the pairs
   */
  public List<MeasureChange> getMatched() {
    return matched;
  }

  /**
   * Returns the measures found in both versions that changed, in the order of the earlier version.
   *
   * @return the changed pairs
   */
  public List<MeasureChange> getChanged() {
    return matched.stream().filter(MeasureChange::isChanged).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the two versions differ in their measures: any added, removed or changed.
   *
   * @return true when something differs
   */
  public boolean hasChanges() {
    return !added.isEmpty() || !removed.isEmpty() || matched.stream().anyMatch(MeasureChange::isChanged);
  }

  /**
   * Returns the differences as a table: one row per measure added, removed or changed (unchanged measures
   * are left out). Columns: change (added, removed, changed), focus area, measure before (title), measure
   * after (title), similarity of the titles (empty for added and removed), the fields changed (their labels,
   * separated by ", ").
   *
   * <pre>{@code
   * PlanComparison.of(heroy2025, heroy2026).toTable(Language.NN)
   * }</pre>
   *
   * @param language the language of the column names, kinds of change and field names
   * @return the table
   */
  public Table toTable(Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (MeasureInContext m : removed) {
      rows.add(List.of(Words.REMOVED.getLabel(language), area(m, language), m.getTitle(), "", "", ""));
    }
    for (MeasureChange change : getChanged()) {
      String fields = change.getChangedFields().stream().map(f -> f.getLabel(language))
          .collect(Collectors.joining(", "));
      rows.add(List.of(Words.CHANGED.getLabel(language), area(change.getAfter(), language),
          change.getBefore().getTitle(), change.getAfter().getTitle(),
          java.math.BigDecimal.valueOf(change.getSimilarity()).setScale(2, java.math.RoundingMode.HALF_UP), fields));
    }
    for (MeasureInContext m : added) {
      rows.add(List.of(Words.ADDED.getLabel(language), area(m, language), "", m.getTitle(), "", ""));
    }
    String measure = Concept.MEASURE.getLabel(language);
    return Table.of(List.of(Words.CHANGE.getLabel(language), Concept.FOCUS_AREA.getLabel(language),
        measure + " " + Words.BEFORE.getLabel(language).toLowerCase(language.toLocale()),
        measure + " " + Words.AFTER.getLabel(language).toLowerCase(language.toLocale()),
        Words.SIMILARITY.getLabel(language), Words.FIELDS.getLabel(language)), rows);
  }

  private static String area(MeasureInContext m, Language language) {
    return m.getFocusArea().map(FocusArea::getName).orElse(Words.PLAN_LEVEL.getLabel(language));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PlanComparison)) {
      return false;
    }
    PlanComparison that = (PlanComparison) other;
    return before.equals(that.before) && after.equals(that.after) && matched.equals(that.matched);
  }

  @Override
  public int hashCode() {
    return Objects.hash(before.getId(), after.getId(), matched);
  }

  /**
   * Returns the counts of measures added, removed, changed and unchanged, for reading.
   *
   * @return a text such as {@code heroy-2025 -> heroy-2026: 3 added, 40 removed, 12 changed, 10 unchanged}
   */
  @Override
  public String toString() {
    long changed = matched.stream().filter(MeasureChange::isChanged).count();
    return before.getId() + " -> " + after.getId() + ": " + added.size() + " added, " + removed.size()
        + " removed, " + changed + " changed, " + (matched.size() - changed) + " unchanged";
  }
}
