package no.helseplan.measure;

import java.util.List;
import java.util.Optional;
import no.helseplan.reference.Reference;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.text.Bullet;
import no.helseplan.timeframe.Timeframe;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.budget.BudgetLine;
import no.helseplan.followup.StatusReport;
import no.helseplan.priority.Priority;
import no.helseplan.provenance.Provenance;
import no.helseplan.targetgroup.TargetGroup;

/**
 * A measure (nb/nn: <i>tiltak</i>; also <i>oppdrag</i>): something the plan will do, with what it is
 * ("kva") and how ("korleis"), the goals it serves, what it needs, when it is due and who is responsible.
 *
 * <p>Time frame, resources and responsibility keep the words the municipality wrote beside their
 * interpretation, so that "Haust 2025" is never lost.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(builder = Measure.Builder.class)
public abstract class Measure {
  Measure() {}

  /**
   * Returns a new builder of {@code Measure} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the measure, unique within its plan.
   *
   * @return the identifier of the measure, unique within its plan
   */
  public abstract String getId();

  /**
   * Returns the number as printed, when the plan numbers its measures.
   *
   * @return the number as printed, when the plan numbers its measures
   */
  public abstract Optional<String> getNumber();

  /**
   * Returns the word the plan uses; {@link MeasureKind#MEASURE} when not said.
   *
   * @return the word the plan uses; {@link MeasureKind#MEASURE} when not said
   */
  @Value.Default
  public MeasureKind getKind() {
    return MeasureKind.MEASURE;
  }

  /**
   * Returns what is to be done (nb: hva, nn: kva), verbatim.
   *
   * @return what is to be done (nb: hva, nn: kva), verbatim
   */
  public abstract String getTitle();

  /**
   * Returns how it is to be done (nb: hvordan, nn: korleis) as running text, verbatim.
   *
   * @return how it is to be done (nb: hvordan, nn: korleis) as running text, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns how it is to be done as bullet points, with sub-points, in the order printed.
   *
   * @return how it is to be done as bullet points, with sub-points, in the order printed
   */
  public abstract List<Bullet> getBullets();

  /**
   * Returns the ids of the goals the measure serves, such as the hovedmål "1" and "7" for "1,7".
   *
   * @return the ids of the goals the measure serves, such as the hovedmål "1" and "7" for "1,7"
   */
  public abstract List<String> getGoals();

  /**
   * Returns the ids of the strategies the measure serves.
   *
   * @return the ids of the strategies the measure serves
   */
  public abstract List<String> getStrategies();

  /**
   * Returns the resources the measure needs (nb/nn: ressursbehov).
   *
   * @return the resources the measure needs (nb/nn: ressursbehov)
   */
  public abstract Optional<Resources> getResources();

  /**
   * Returns how the measure is funded (nb/nn: finansiering).
   *
   * @return how the measure is funded (nb/nn: finansiering)
   */
  public abstract Optional<Resources> getFinancing();

  /**
   * Returns when the measure is due or takes place (nb/nn: tidsfrist / år).
   *
   * @return when the measure is due or takes place (nb/nn: tidsfrist / år)
   */
  public abstract Optional<Timeframe> getTimeframe();

  /**
   * Returns who is responsible (nb/nn: ansvar).
   *
   * @return who is responsible (nb/nn: ansvar)
   */
  public abstract Optional<Responsibility> getResponsibility();

  /**
   * Returns how far the measure has come, when stated.
   *
   * @return how far the measure has come, when stated
   */
  public abstract Optional<MeasureStatus> getStatus();

  /**
   * Returns remarks printed with the measure, verbatim.
   *
   * @return remarks printed with the measure, verbatim
   */
  public abstract List<String> getNotes();

  /**
   * Returns whom this is for (nb/nn: målgrupper), primary and secondary.
   *
   * @return whom this is for (nb/nn: målgrupper), primary and secondary
   */
  public abstract List<TargetGroup> getTargetGroups();

  /**
   * Returns whom the measure reaches: the population, a group or individuals (nb: befolkningsrettet / grupperettet /
   * individrettet, nn: befolkningsretta / grupperetta / individretta).
   *
   * @return whom the measure reaches: the population, a group or individuals (nb: befolkningsrettet / grupperettet /
   * individrettet, nn: befolkningsretta / grupperetta / individretta)
   */
  public abstract Optional<ReachLevel> getReach();

  /**
   * Returns how high the measure is ranked (nb/nn: prioritet).
   *
   * @return how high the measure is ranked (nb/nn: prioritet)
   */
  public abstract Optional<Priority> getPriority();

  /**
   * Returns whether the measure is proposed or decided (nb: forslag / vedtatt, nn: forslag / vedteke).
   *
   * @return whether the measure is proposed or decided (nb: forslag / vedtatt, nn: forslag / vedteke)
   */
  public abstract Optional<DecisionState> getDecisionState();

  /**
   * Returns money per budget year: operating costs, investments and savings (nb/nn: økonomiplan).
   *
   * @return money per budget year: operating costs, investments and savings (nb/nn: økonomiplan)
   */
  public abstract List<BudgetLine> getBudget();

  /**
   * Returns status reports on the measure over time (nb/nn: rapportering), in order.
   *
   * @return status reports on the measure over time (nb/nn: rapportering), in order
   */
  public abstract List<StatusReport> getReports();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns documents and pages the measure refers to.
   *
   * @return documents and pages the measure refers to
   */
  public abstract List<Reference> getLinks();

  /** Builds {@link Measure} values; obtain one with {@link Measure#builder()}. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
