package no.helseplan.validation;

import java.time.LocalDate;
import no.helseplan.goal.Goal;
import no.helseplan.measure.Measure;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.Adoption;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.Actor;
import no.helseplan.responsibility.ActorKind;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.CalendarPoint;
import no.helseplan.timeframe.Point;
import no.helseplan.timeframe.Season;
import no.helseplan.vocabulary.Language;

/** Small, clean plans to plant defects in: slices of the Herøy action plan (nn), with no finding at all. */
final class Plans {
  private Plans() {}

  static Responsibility responsibility() {
    return Responsibility.of("Dagleg leiar ved Svingen, saman med leiargruppa",
        Actor.of("Dagleg leiar ved Svingen", ActorKind.ROLE));
  }

  static Point autumn(int year) {
    return Point.builder().text("Haust " + year).at(CalendarPoint.ofSeason(year, Season.AUTUMN)).build();
  }

  static Measure.Builder measure(String id) {
    return Measure.builder().id(id).title("Opplæring i velferdsteknologi for alle tilsette")
        .addGoals("mal-1").timeframe(autumn(2025)).responsibility(responsibility());
  }

  static Goal goal(String id) {
    return Goal.builder().id(id).statement("Brukarane opplever meistring i eigen kvardag").build();
  }

  static FocusArea.Builder area(String id) {
    return FocusArea.builder().id(id).name("Brukarmedverknad");
  }

  /** The default focus area, with goal "mal-1" and the given measures. */
  static FocusArea areaWith(Measure... measures) {
    return area("omrade-1").addGoals(goal("mal-1")).addMeasures(measures).build();
  }

  /** A clean action plan: one focus area with one goal and one measure that serves it. */
  static Plan.Builder plan() {
    return base().addFocusAreas(areaWith(measure("tiltak-1").build()));
  }

  /** A plan with the given focus areas and nothing else below it. */
  static Plan.Builder plan(FocusArea... areas) {
    return base().addFocusAreas(areas);
  }

  /** The plan's own properties: Herøy's action plan 2025–2028, adopted 12.02.2025, in Nynorsk. */
  static Plan.Builder base() {
    return Plan.builder()
        .id("heroy-handlingsplan-2025")
        .title("Handlingsplan for perioden 2025 - 2028")
        .kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy"))
        .language(Language.NN)
        .period(PlanPeriod.of(2025, 2028))
        .adoption(Adoption.builder().date(LocalDate.of(2025, 2, 12)).body("Kommunestyret").build());
  }
}
