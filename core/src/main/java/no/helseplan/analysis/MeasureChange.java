package no.helseplan.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.helseplan.measure.Measure;
import no.helseplan.measure.Resources;
import no.helseplan.plan.FocusArea;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.Timeframe;

/**
 * One measure followed from one version of a plan to the next (nb/nn: <i>endring i tiltak</i>): the measure
 * before and after, how the two were paired, and which of its {@link MeasureField}s changed.
 *
 * <pre>{@code
 * comparison.getChanged().forEach(c -> System.out.println(c.getAfter().getTitle() + ": " + c.getChangedFields()))
 * }</pre>
 *
 * <p>Texts are compared as written with runs of white space made one space and the ends trimmed, so a line
 * break moved by a transcriber is no change; a changed letter or word is.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class MeasureChange {
  private final MeasureInContext before;
  private final MeasureInContext after;
  private final MatchedBy matchedBy;
  private final double similarity;
  private final Set<MeasureField> changedFields;

  MeasureChange(MeasureInContext before, MeasureInContext after, MatchedBy matchedBy, double similarity) {
    this.before = before;
    this.after = after;
    this.matchedBy = matchedBy;
    this.similarity = similarity;
    this.changedFields = Collections.unmodifiableSet(compare(before, after));
  }

  private static Set<MeasureField> compare(MeasureInContext before, MeasureInContext after) {
    Measure a = before.getMeasure();
    Measure b = after.getMeasure();
    Set<MeasureField> changed = EnumSet.noneOf(MeasureField.class);
    if (!same(a.getTitle(), b.getTitle())) {
      changed.add(MeasureField.TITLE);
    }
    if (!same(description(a), description(b))) {
      changed.add(MeasureField.DESCRIPTION);
    }
    if (!same(before.getFocusArea().map(FocusArea::getName).orElse(""),
        after.getFocusArea().map(FocusArea::getName).orElse(""))) {
      changed.add(MeasureField.FOCUS_AREA);
    }
    if (!a.getGoals().equals(b.getGoals())) {
      changed.add(MeasureField.GOALS);
    }
    if (!same(a.getTimeframe().map(Timeframe::getText), b.getTimeframe().map(Timeframe::getText))) {
      changed.add(MeasureField.TIMEFRAME);
    }
    if (!same(a.getResponsibility().map(Responsibility::getText),
        b.getResponsibility().map(Responsibility::getText))) {
      changed.add(MeasureField.RESPONSIBILITY);
    }
    if (!same(a.getResources().map(Resources::getText), b.getResources().map(Resources::getText))) {
      changed.add(MeasureField.RESOURCES);
    }
    if (!same(a.getFinancing().map(Resources::getText), b.getFinancing().map(Resources::getText))) {
      changed.add(MeasureField.FINANCING);
    }
    if (!a.getStatus().equals(b.getStatus())) {
      changed.add(MeasureField.STATUS);
    }
    return changed;
  }

  private static String description(Measure measure) {
    StringBuilder text = new StringBuilder(measure.getDescription().orElse(""));
    appendBullets(measure.getBullets(), 0, text);
    return text.toString();
  }

  private static void appendBullets(List<Bullet> bullets, int depth, StringBuilder text) {
    for (Bullet bullet : bullets) {
      text.append('\n').append("-".repeat(depth + 1)).append(' ').append(bullet.getText());
      appendBullets(bullet.getChildren(), depth + 1, text);
    }
  }

  private static boolean same(Optional<String> a, Optional<String> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || same(a.get(), b.get()));
  }

  private static boolean same(String a, String b) {
    return collapse(a).equals(collapse(b));
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Returns the measure in the earlier version of the plan.
   *
   * @return the measure before
   */
  public MeasureInContext getBefore() {
    return before;
  }

  /**
   * Returns the measure in the later version of the plan.
   *
   * @return the measure after
   */
  public MeasureInContext getAfter() {
    return after;
  }

  /**
   * Returns how the two were paired: by the same id, or by similar titles.
   *
   * @return how they were matched
   */
  public MatchedBy getMatchedBy() {
    return matchedBy;
  }

  /**
   * Returns the similarity of the two titles, from 0 to 1, as {@link PlanComparison#similarity} measures it;
   * 1 for equal titles.
   *
   * @return the title similarity
   */
  public double getSimilarity() {
    return similarity;
  }

  /**
   * Returns what changed, in the order of {@link MeasureField}; empty when nothing did.
   *
   * @return the changed fields
   */
  public Set<MeasureField> getChangedFields() {
    return changedFields;
  }

  /**
   * Tells whether anything changed.
   *
   * @return true when a field changed
   */
  public boolean isChanged() {
    return !changedFields.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MeasureChange)) {
      return false;
    }
    MeasureChange that = (MeasureChange) other;
    return before.equals(that.before) && after.equals(that.after) && matchedBy == that.matchedBy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after, matchedBy);
  }

  /**
   * Returns the two ids, how they were matched and what changed, for reading; not for parsing.
   *
   * @return a text such as {@code tiltak-2-1 -> tiltak-2-1 (ID): [TIMEFRAME, STATUS]}
   */
  @Override
  public String toString() {
    return before.getId() + " -> " + after.getId() + " (" + matchedBy + "): " + changedFields;
  }
}
