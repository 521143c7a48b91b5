package no.helseplan.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Amount;
import no.helseplan.measure.Measure;
import no.helseplan.measure.ResourceNeed;
import no.helseplan.measure.ResourceUnit;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Relative;
import no.helseplan.timeframe.Span;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeKind;

/**
 * A measure (nb/nn: <i>tiltak</i>, also <i>oppdrag</i>) with everything around it, flat and typed: the
 * municipality and plan, the focus area it sits in (none for a measure at the plan's own level, such as
 * Sør-Varanger's table of tiltak), the goals and strategies it cites looked up by id, and its time frame with
 * the earliest and latest date it allows in its plan's {@linkplain Plan#getTimeframeContext() context}.
 *
 * <pre>{@code
 * corpus.measures()
 *     .filter(m -> m.getLeadKind().equals(Optional.of(ActorKind.LEADERSHIP_GROUP)))
 *     .filter(m -> m.isDueIn(2026))
 *     .map(MeasureInContext::getTitle)
 *     .forEach(System.out::println)
 * }</pre>
 *
 * <p>Three questions of how concrete a measure is are answered here, and counted by
 * {@link PlanCorpus#concreteness(no.helseplan.vocabulary.Language)}: {@link #hasConcreteDeadline()},
 * {@link #hasLead()} and {@link #hasResourceEstimate()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class MeasureInContext {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Plan plan;
  private final Optional<FocusArea> focusArea;
  private final Measure measure;
  private final List<Goal> goals;
  private final List<String> unresolvedGoals;
  private final List<Strategy> strategies;
  private final List<String> unresolvedStrategies;
  private final List<FocusArea> citedFocusAreas;
  private final Optional<LocalDate> earliest;
  private final Optional<LocalDate> latest;

  MeasureInContext(Plan plan, Optional<FocusArea> focusArea, Measure measure, List<Goal> goals,
      List<String> unresolvedGoals, List<Strategy> strategies, List<String> unresolvedStrategies,
      List<FocusArea> citedFocusAreas) {
    this.plan = plan;
    this.focusArea = focusArea;
    this.measure = measure;
    this.goals = List.copyOf(goals);
    this.unresolvedGoals = List.copyOf(unresolvedGoals);
    this.strategies = List.copyOf(strategies);
    this.unresolvedStrategies = List.copyOf(unresolvedStrategies);
    this.citedFocusAreas = List.copyOf(citedFocusAreas);
    this.earliest = measure.getTimeframe().flatMap(t -> t.getEarliest(plan.getTimeframeContext()));
    this.latest = measure.getTimeframe().flatMap(t -> t.getLatest(plan.getTimeframeContext()));
  }

  /**
   * Returns the plan the measure is in.
   *
   * @return the plan
   */
  public Plan getPlan() {
    return plan;
  }

  /**
   * Returns the municipality that made the plan.
   *
   * @return the municipality
   */
  public Municipality getMunicipality() {
    return plan.getMunicipality();
  }

  /**
   * Returns the focus area the measure sits in (nb/nn: <i>innsatsområde</i>); empty for a measure at the plan's
   * own level.
   *
   * @return the focus area, or empty
   */
  public Optional<FocusArea> getFocusArea() {
    return focusArea;
  }

  /**
   * Returns the focus areas of the goals the measure cites, each once, in the order first cited. For a
   * measure at the plan's own level that cites goals of focus areas, as Sør-Varanger's tiltak cite hovedmål
   * "1,7", this says which areas it serves.
   *
   * @return the focus areas of the cited goals, possibly empty
   */
  public List<FocusArea> getCitedFocusAreas() {
    return citedFocusAreas;
  }

  /**
   * Returns the measure itself.
   *
   * @return the measure
   */
  public Measure getMeasure() {
    return measure;
  }

  /**
   * Returns the measure's identifier, unique within its plan.
   *
   * @return the id
   */
  public String getId() {
    return measure.getId();
  }

  /**
   * Returns what is to be done (nb: hva, nn: kva), verbatim.
   *
   * @return the title
   */
  public String getTitle() {
    return measure.getTitle();
  }

  /**
   * Returns the goals the measure cites, found by id anywhere in its plan (at every depth), in the order cited.
   *
   * @return the goals
   */
  public List<Goal> getGoals() {
    return goals;
  }

  /**
   * Returns the goal ids the measure cites that name no goal of its plan; kept, never dropped.
   *
   * @return the ids not found, usually empty
   */
  public List<String> getUnresolvedGoals() {
    return unresolvedGoals;
  }

  /**
   * Returns the strategies the measure cites, found by id anywhere in its plan.
   *
   * @return the strategies
   */
  public List<Strategy> getStrategies() {
    return strategies;
  }

  /**
   * Returns the strategy ids the measure cites that name no strategy of its plan; kept, never dropped.
   *
   * @return the ids not found, usually empty
   */
  public List<String> getUnresolvedStrategies() {
    return unresolvedStrategies;
  }

  /**
   * Returns the time frame (nb/nn: <i>tidsfrist</i>), when the plan gives one.
   *
   * @return the time frame, or empty
   */
  public Optional<Timeframe> getTimeframe() {
    return measure.getTimeframe();
  }

  /**
   * Returns the shape of the time frame, such as {@link TimeframeKind#ONGOING} for "Jamleg".
   *
   * @return the kind, or empty when the measure has no time frame
   */
  public Optional<TimeframeKind> getTimeframeKind() {
    return measure.getTimeframe().map(Timeframe::getKind);
  }

  /**
   * Returns the earliest date the time frame allows in its plan's context; "Jamleg" in Herøy's plan for
   * 2025–2028 gives 2025-01-01.
   *
   * @return the earliest date, or empty when there is no time frame or it has no date
   */
  public Optional<LocalDate> getEarliest() {
    return earliest;
  }

  /**
   * Returns the latest date the time frame allows in its plan's context; "Haust 2025" gives 2025-12-31.
   *
   * @return the latest date, or empty when there is no time frame or it has no date
   */
  public Optional<LocalDate> getLatest() {
    return latest;
  }

  /**
   * Tells whether the measure has a concrete deadline: its time frame is a {@link Point} ("2026", "Haust
   * 2025"), a {@link Span} ("2021-22") or a {@link Relative} duration ("Tidsramme: 1 år") that has a latest
   * date in its plan's context. Ongoing ("Jamleg"), recurring ("Årleg"), unspecified ("i løpet av
   * planperioden") and unrecognised time frames, a relative duration within an event ("innan 1 veke") and no
   * time frame at all are not concrete: they set no date by which the work is done.
   *
   * @return true when the measure has a concrete deadline
   */
  public boolean hasConcreteDeadline() {
    Optional<TimeframeKind> kind = getTimeframeKind();
    return latest.isPresent() && kind.isPresent() && (kind.get() == TimeframeKind.POINT
        || kind.get() == TimeframeKind.SPAN || kind.get() == TimeframeKind.RELATIVE);
  }

  /**
   * Tells whether the measure is due in a year: it {@linkplain #hasConcreteDeadline() has a concrete deadline}
   * and its latest date falls in that year. "Haust 2025" is due in 2025, "2026/2027" in 2027, "Jamleg" never.
   *
   * <pre>{@code
   * corpus.measures().filter(m -> m.isDueIn(2026)).count()
   * }</pre>
   *
   * @param year the year
   * @return true when the measure is due in the year
   */
  public boolean isDueIn(int year) {
    return hasConcreteDeadline() && latest.get().getYear() == year;
  }

  /**
   * Returns who is responsible (nb/nn: <i>ansvar</i>), when the plan says.
   *
   * @return the responsibility, or empty
   */
  public Optional<Responsibility> getResponsibility() {
    return measure.getResponsibility();
  }

  /**
   * Returns the lead actor (nb: <i>hovedansvarlig</i>, nn: <i>hovudansvarleg</i>).
   *
   * @return the lead, or empty when no responsibility or no lead is given
   */
  public Optional<Actor> getLead() {
    return measure.getResponsibility().flatMap(Responsibility::getLead);
  }

  /**
   * Returns the kind of the lead actor, such as {@link ActorKind#LEADERSHIP_GROUP} for "Leiargruppa i helse og
   * omsorg".
   *
   * @return the kind, or empty when there is no lead
   */
  public Optional<ActorKind> getLeadKind() {
    return getLead().map(Actor::getKind);
  }

  /**
   * Tells whether the measure names a responsible lead: a responsibility with a {@linkplain
   * Responsibility#getLead() lead} actor. A responsibility whose words name no actor does not count.
   *
   * @return true when there is a lead
   */
  public boolean hasLead() {
    return getLead().isPresent();
  }

  /**
   * Returns what the measure needs (nb/nn: <i>ressursbehov</i>).
   *
   * @return the resources, or empty
   */
  public Optional<Resources> getResources() {
    return measure.getResources();
  }

  /**
   * Returns how the measure is funded (nb/nn: <i>finansiering</i>).
   *
   * @return the financing, or empty
   */
  public Optional<Resources> getFinancing() {
    return measure.getFinancing();
  }

  /**
   * Tells whether the measure has a resource estimate: a need with an {@linkplain ResourceNeed#getAmount()
   * amount} in its resources or its financing, such as "1 årsverk" or "kr 500 000". "Egne rammer" and
   * "Investering" name a source but no amount, and do not count.
   *
   * @return true when an amount is stated
   */
  public boolean hasResourceEstimate() {
    return needs(measure.getResources()).stream().anyMatch(n -> n.getAmount().isPresent())
        || needs(measure.getFinancing()).stream().anyMatch(n -> n.getAmount().isPresent());
  }

  /**
   * Returns the personnel the measure needs in full-time equivalents (nb/nn: <i>årsverk</i>): the sum of the
   * needs counted in {@link ResourceUnit#FTE}, and of those in {@link ResourceUnit#POSITION_PERCENT} divided by
   * 100, as a range from the sum of the smallest to the sum of the largest amounts ("1-2 årsverk" is 1 to 2).
   * The resource column is used; the financing column only when the resource column states no amount in these
   * units, so an amount written in both is not counted twice.
   *
   * @return the full-time equivalents, or empty when none are stated
   */
  public Optional<Amount> getFte() {
    Optional<Amount> fte = sum(needs(measure.getResources()), true);
    return fte.isPresent() ? fte : sum(needs(measure.getFinancing()), true);
  }

  /**
   * Returns the money the measure needs in Norwegian kroner (NOK), summed as {@link #getFte()} sums årsverk:
   * needs counted in {@link ResourceUnit#NOK}, resource column first, else financing.
   *
   * @return the amount in kroner, or empty when none is stated
   */
  public Optional<Amount> getMoney() {
    Optional<Amount> money = sum(needs(measure.getResources()), false);
    return money.isPresent() ? money : sum(needs(measure.getFinancing()), false);
  }

  private static List<ResourceNeed> needs(Optional<Resources> resources) {
    return resources.map(Resources::getNeeds).orElse(List.of());
  }

  private static Optional<Amount> sum(List<ResourceNeed> needs, boolean fte) {
    BigDecimal min = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    boolean any = false;
    for (ResourceNeed need : needs) {
      if (need.getAmount().isEmpty() || need.getUnit().isEmpty()) {
        continue;
      }
      ResourceUnit unit = need.getUnit().get();
      Amount amount = need.getAmount().get();
      if (fte && unit == ResourceUnit.FTE || !fte && unit == ResourceUnit.NOK) {
        min = min.add(amount.getMin());
        max = max.add(amount.getMax());
        any = true;
      } else if (fte && unit == ResourceUnit.POSITION_PERCENT) {
        min = min.add(amount.getMin().divide(HUNDRED));
        max = max.add(amount.getMax().divide(HUNDRED));
        any = true;
      }
    }
    return any ? Optional.of(Amount.between(min, max)) : Optional.empty();
  }

  /**
   * Returns the words themes are matched on: the title, the description and every bullet point at every
   * depth, one per line. Notes are left out: they are remarks about the measure, such as a transcriber's.
   *
   * @return the text
   */
  public String getText() {
    StringBuilder text = new StringBuilder(measure.getTitle());
    measure.getDescription().ifPresent(d -> text.append('\n').append(d));
    appendBullets(measure.getBullets(), text);
    return text.toString();
  }

  private static void appendBullets(List<Bullet> bullets, StringBuilder text) {
    for (Bullet bullet : bullets) {
      text.append('\n').append(bullet.getText());
      appendBullets(bullet.getChildren(), text);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MeasureInContext)) {
      return false;
    }
    MeasureInContext that = (MeasureInContext) other;
    return plan.equals(that.plan) && focusArea.equals(that.focusArea) && measure.equals(that.measure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan.getId(), measure);
  }

  /**
   * Returns the municipality, plan id and measure, for reading; not for parsing.
   *
   * @return a text such as {@code Herøy / heroy-handlingsplan-2025 / tiltak-2-1: Etablere Svingen …}
   */
  @Override
  public String toString() {
    return getMunicipality().getName() + " / " + plan.getId() + " / " + measure.getId() + ": "
        + measure.getTitle();
  }
}
