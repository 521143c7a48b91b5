package no.helseplan.plan;

import java.util.List;
import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.goal.Strategy;
import no.helseplan.measure.Measure;
import no.helseplan.municipality.Municipality;
import no.helseplan.project.Project;
import no.helseplan.reference.LegalBasis;
import no.helseplan.reference.Reference;
import no.helseplan.text.Section;
import no.helseplan.vocabulary.Language;
import com.fasterxml.jackson.annotation.JsonIgnore;
import no.helseplan.timeframe.TimeframeContext;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import no.helseplan.facility.Facility;
import no.helseplan.figure.FigureSeries;
import no.helseplan.provenance.Provenance;
import no.helseplan.reference.Attachment;
import no.helseplan.targetgroup.TargetGroup;

/**
 * A municipal health and care plan (nb/nn: <i>plan</i>) as a whole: a kommunedelplan, handlingsplan,
 * strategi or other kind, made by one municipality, in Bokmål or Nynorsk.
 *
 * <p>Goals, strategies and measures may sit in the plan's focus areas or at the plan's own level (goals
 * numbered across the plan, a table of measures that cite them). Whatever else the plan says goes in its
 * {@link #getSections() sections}, so nothing is left out for lack of a place.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .id("heroy-handlingsplan-2025")
 *     .title("Handlingsplan for perioden 2025 - 2028")
 *     .kind(PlanKind.ACTION_PLAN)
 *     .municipality(Municipality.of("1515", "Herøy"))
 *     .language(Language.NN)
 *     .period(PlanPeriod.of(2025, 2028))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(builder = Plan.Builder.class)
public abstract class Plan {
  Plan() {}

  /**
   * Returns a new builder of {@code Plan} values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the plan, such as "heroy-handlingsplan-2025".
   *
   * @return the identifier of the plan, such as "heroy-handlingsplan-2025"
   */
  public abstract String getId();

  /**
   * Returns the title as printed.
   *
   * @return the title as printed
   */
  public abstract String getTitle();

  /**
   * Returns the subtitle as printed.
   *
   * @return the subtitle as printed
   */
  public abstract Optional<String> getSubtitle();

  /**
   * Returns the kind of plan.
   *
   * @return the kind of plan
   */
  public abstract PlanKind getKind();

  /**
   * Returns the municipality that made the plan.
   *
   * @return the municipality that made the plan
   */
  public abstract Municipality getMunicipality();

  /**
   * Returns the written standard of the plan's text: {@link Language#NB} or {@link Language#NN}.
   *
   * @return the written standard of the plan's text: {@link Language#NB} or {@link Language#NN}
   */
  public abstract Language getLanguage();

  /**
   * Returns the period the plan applies to (nb/nn: planperiode).
   *
   * @return the period the plan applies to (nb/nn: planperiode)
   */
  public abstract Optional<PlanPeriod> getPeriod();

  /**
   * Returns the period of the plan's action part, when it has one of its own (nb/nn: handlingsdel).
   *
   * @return the period of the plan's action part, when it has one of its own (nb/nn: handlingsdel)
   */
  public abstract Optional<PlanPeriod> getActionPeriod();

  /**
   * Returns the date of the document, such as the date of a briefing.
   *
   * @return the date of the document, such as the date of a briefing
   */
  public abstract Optional<java.time.LocalDate> getDocumentDate();

  /**
   * Returns how and when the plan was adopted.
   *
   * @return how and when the plan was adopted
   */
  public abstract Optional<Adoption> getAdoption();

  /**
   * Returns where the plan stands, when known.
   *
   * @return where the plan stands, when known
   */
  public abstract Optional<PlanStatus> getStatus();

  /**
   * Returns the vision (nb/nn: visjon), verbatim.
   *
   * @return the vision (nb/nn: visjon), verbatim
   */
  public abstract Optional<String> getVision();

  /**
   * Returns the values the organisation works by (nb/nn: verdiar / verdier).
   *
   * @return the values the organisation works by (nb/nn: verdiar / verdier)
   */
  public abstract List<PlanValue> getValues();

  /**
   * Returns the perspectives that run through the plan.
   *
   * @return the perspectives that run through the plan
   */
  public abstract List<Perspective> getPerspectives();

  /**
   * Returns the laws, regulations, reforms and white papers the whole plan rests on (nb: forankring /
   * lovgrunnlag, nn: forankring / lovgrunnlag).
   *
   * @return the legal and national basis of the plan
   */
  public abstract List<LegalBasis> getLegalBasis();

  /**
   * Returns other plans and documents the plan refers to, with their relation.
   *
   * @return other plans and documents the plan refers to, with their relation
   */
  public abstract List<Reference> getReferences();

  /**
   * Returns who took part in making the plan (nb: medvirkning, nn: medverknad).
   *
   * @return who took part in making the plan (nb: medvirkning, nn: medverknad)
   */
  public abstract List<Participant> getParticipants();

  /**
   * Returns how the plan is followed up.
   *
   * @return how the plan is followed up
   */
  public abstract Optional<FollowUp> getFollowUp();

  /**
   * Returns titled free text: introduction, purpose, challenges, process and more.
   *
   * @return titled free text: introduction, purpose, challenges, process and more
   */
  public abstract List<Section> getSections();

  /**
   * Returns the focus areas, in the order printed.
   *
   * @return the focus areas, in the order printed
   */
  public abstract List<FocusArea> getFocusAreas();

  /**
   * Returns goals at the plan's own level, such as hovedmål numbered across the plan.
   *
   * @return goals at the plan's own level, such as hovedmål numbered across the plan
   */
  public abstract List<Goal> getGoals();

  /**
   * Returns strategies at the plan's own level.
   *
   * @return strategies at the plan's own level
   */
  public abstract List<Strategy> getStrategies();

  /**
   * Returns measures at the plan's own level, such as a table that cites plan-wide goals.
   *
   * @return measures at the plan's own level, such as a table that cites plan-wide goals
   */
  public abstract List<Measure> getMeasures();

  /**
   * Returns the plan's progress steps (nb/nn: framdriftsplan).
   *
   * @return the plan's progress steps (nb/nn: framdriftsplan)
   */
  public abstract List<Milestone> getMilestones();

  /**
   * Returns projects run as part of the plan.
   *
   * @return projects run as part of the plan
   */
  public abstract List<Project> getProjects();

  /**
   * Returns cooperation with other municipalities and bodies (nb/nn: interkommunalt samarbeid).
   *
   * @return cooperation with other municipalities and bodies (nb/nn: interkommunalt samarbeid)
   */
  public abstract List<CooperationAgreement> getCooperation();

  /**
   * Returns whom this is for (nb/nn: målgrupper), primary and secondary.
   *
   * @return whom this is for (nb/nn: målgrupper), primary and secondary
   */
  public abstract List<TargetGroup> getTargetGroups();

  /**
   * Returns the places, dwellings and buildings the plan needs (nb: boliger, plasser og bygg, nn: bustader, plassar og
   * bygg).
   *
   * @return the places, dwellings and buildings the plan needs (nb: boliger, plasser og bygg, nn: bustader, plassar og
   * bygg)
   */
  public abstract List<Facility> getFacilities();

  /**
   * Returns the figures the plan rests on: forecasts and baselines (nb: tall og fremskrivninger, nn: tal og
   * framskrivingar).
   *
   * @return the figures the plan rests on: forecasts and baselines (nb: tall og fremskrivninger, nn: tal og
   * framskrivingar)
   */
  public abstract List<FigureSeries> getFigures();

  /**
   * Returns the public consultations of the plan (nb: høring, nn: høyring), in order.
   *
   * @return the public consultations of the plan (nb: høring, nn: høyring), in order
   */
  public abstract List<Consultation> getConsultations();

  /**
   * Returns the place of the plan in the municipal plan system (nb/nn: plansystemet).
   *
   * @return the place of the plan in the municipal plan system (nb/nn: plansystemet)
   */
  public abstract Optional<PlanLevel> getLevel();

  /**
   * Returns the attachments of the plan (nb/nn: vedlegg).
   *
   * @return the attachments of the plan (nb/nn: vedlegg)
   */
  public abstract List<Attachment> getAttachments();

  /**
   * Returns where the plan was taken from: the document transcribed, which its elements' provenance refers to when it
   * names no document of its own.
   *
   * @return where the plan was taken from: the document transcribed, which its elements' provenance refers to when it
   * names no document of its own
   */
  public abstract Optional<Provenance> getProvenance();

  /**
   * Returns the context in which the plan's time frames are read: its period, and the document date, else
   * the adoption date.
   *
   * @return the time-frame context of this plan
   */
  @JsonIgnore
  public TimeframeContext getTimeframeContext() {
    TimeframeContext.Builder context = TimeframeContext.builder();
    getPeriod().ifPresent(p -> context.periodStart(p.getStart()).periodEnd(p.getEnd()));
    context.documentDate(getDocumentDate().or(() -> getAdoption().flatMap(Adoption::getDate)));
    return context.build();
  }

  /** Builds {@link Plan} values; obtain one with {@link Plan#builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
