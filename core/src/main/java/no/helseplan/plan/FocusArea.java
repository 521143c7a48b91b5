package no.helseplan.plan;

import java.util.List;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Measure;
import no.helseplan.reference.LegalBasis;
import no.helseplan.reference.Reference;
import no.helseplan.text.Section;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.facility.Facility;
import no.helseplan.figure.FigureSeries;
import no.helseplan.provenance.Provenance;
import no.helseplan.targetgroup.TargetGroup;

/**
 * A focus area of a plan (nb/nn: <i>innsatsområde / satsingsområde / fokusområde / tenesteområde /
 * målområde</i>), with its number as printed, its description and basis, and the goals, strategies and
 * measures under it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFocusArea.class)
@JsonDeserialize(builder = FocusArea.Builder.class)
public abstract class FocusArea {
  FocusArea() {}

  /**
   * Returns a new builder of {@code FocusArea} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the focus area, unique within its plan.
   *
   * @return the identifier of the focus area, unique within its plan
   */
  public abstract String getId();

  /**
   * Returns the number as printed, such as "1".
   *
   * @return the number as printed, such as "1"
   */
  public abstract Optional<String> getNumber();

  /**
   * Returns the word the plan uses; {@link FocusAreaKind#FOCUS_AREA} when not said.
   *
   * @return the word the plan uses; {@link FocusAreaKind#FOCUS_AREA} when not said
   */
  @Value.Default
  public FocusAreaKind getKind() {
    return FocusAreaKind.FOCUS_AREA;
  }

  /**
   * Returns the name, such as "Brukarmedverknad".
   *
   * @return the name, such as "Brukarmedverknad"
   */
  public abstract String getName();

  /**
   * Returns what the focus area is about, verbatim.
   *
   * @return what the focus area is about, verbatim
   */
  public abstract Optional<String> getDescription();

  /**
   * Returns titled free text, such as "Status og utfordringer".
   *
   * @return titled free text, such as "Status og utfordringer"
   */
  public abstract List<Section> getSections();

  /**
   * Returns the laws, regulations and national reforms it rests on.
   *
   * @return the laws, regulations and national reforms it rests on
   */
  public abstract List<LegalBasis> getLegalBasis();

  /**
   * Returns the goals of the focus area.
   *
   * @return the goals of the focus area
   */
  public abstract List<Goal> getGoals();

  /**
   * Returns the strategies of the focus area.
   *
   * @return the strategies of the focus area
   */
  public abstract List<Strategy> getStrategies();

  /**
   * Returns the measures of the focus area, including priority actions.
   *
   * @return the measures of the focus area, including priority actions
   */
  public abstract List<Measure> getMeasures();

  /**
   * Returns whom this is for (nb/nn: målgrupper), primary and secondary.
   *
   * @return whom this is for (nb/nn: målgrupper), primary and secondary
   */
  public abstract List<TargetGroup> getTargetGroups();

  /**
   * Returns the places, dwellings and buildings the focus area needs.
   *
   * @return the places, dwellings and buildings the focus area needs
   */
  public abstract List<Facility> getFacilities();

  /**
   * Returns the figures the focus area rests on.
   *
   * @return the figures the focus area rests on
   */
  public abstract List<FigureSeries> getFigures();

  /**
   * Returns where this was taken from: document, page, section heading and original wording.
   *
   * @return where this was taken from: document, page, section heading and original wording
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns documents and pages the focus area refers to.
   *
   * @return documents and pages the focus area refers to
   */
  public abstract List<Reference> getReferences();

  /** Builds {@link FocusArea} values; obtain one with {@link FocusArea#builder()}. */
  public static final class Builder extends ImmutableFocusArea.Builder {
    Builder() {}
  }
}
