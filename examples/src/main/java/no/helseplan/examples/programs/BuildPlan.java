package no.helseplan.examples.programs;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.helseplan.goal.Goal;
import no.helseplan.io.PlanFormat;
import no.helseplan.io.PlanWriter;
import no.helseplan.measure.Measure;
import no.helseplan.measure.Resources;
import no.helseplan.municipality.Municipality;
import no.helseplan.plan.FocusArea;
import no.helseplan.plan.Plan;
import no.helseplan.plan.PlanKind;
import no.helseplan.plan.PlanPeriod;
import no.helseplan.responsibility.Responsibility;
import no.helseplan.timeframe.Timeframe;
import no.helseplan.timeframe.TimeframeContext;
import no.helseplan.validation.PlanValidator;
import no.helseplan.validation.ValidationReport;
import no.helseplan.vocabulary.Language;

/**
 * Builds an action plan (nn: <i>handlingsplan</i>) in code with the model's builders, with one focus area, one
 * goal and two measures whose time frame, resources and responsibility are interpreted from the municipality's
 * own words; validates it and prints it as YAML in the library's file format.
 *
 * <pre>{@code
 * java -cp cli/target/helseplan.jar no.helseplan.examples.programs.BuildPlan
 * }</pre>
 */
public final class BuildPlan {
  private BuildPlan() {
  }

  /**
   * Builds the plan.
   *
   * @return a small Nynorsk action plan for Herøy, not null
   */
  public static Plan build() {
    Language nn = Language.NN;
    TimeframeContext context = TimeframeContext.ofPeriod(2025, 2028);
    return Plan.builder()
        .id("demo-handlingsplan")
        .title("Handlingsplan for meistring 2025–2028")
        .kind(PlanKind.ACTION_PLAN)
        .municipality(Municipality.of("1515", "Herøy"))
        .language(nn)
        .period(PlanPeriod.of(2025, 2028))
        .addFocusAreas(FocusArea.builder()
            .id("meistring")
            .name("Meistring")
            .addGoals(Goal.builder()
                .id("meistring-mal")
                .statement("Legge til rette for at du som innbyggar skal meistre din eigen kvardag")
                .build())
            .addMeasures(Measure.builder()
                .id("tiltak-1")
                .title("Tverrfagleg rehabiliteringsteam")
                .addGoals("meistring-mal")
                .resources(Resources.parse("3 årsverk", nn))
                .timeframe(Timeframe.parse("2026/2027", nn, context))
                .responsibility(Responsibility.parse("Leiargruppa i helse og omsorg", nn))
                .build())
            .addMeasures(Measure.builder()
                .id("tiltak-2")
                .title("Fagdag om kvardagsrehabilitering")
                .addGoals("meistring-mal")
                .timeframe(Timeframe.parse("Haust 2025", nn, context))
                .responsibility(Responsibility.parse("Avdelingsleiar for pleie og omsorg", nn))
                .build())
            .build())
        .build();
  }

  /**
   * Builds the plan, prints its validation counts and then the plan as YAML on standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Plan plan = build();
    ValidationReport report = PlanValidator.forLanguage(Language.NN).validate(plan);
    out.println("# " + plan.getTitle() + ": " + plan.getFocusAreas().get(0).getMeasures().size()
        + " tiltak, " + report.getCounts());
    out.print(PlanWriter.canonical().toString(plan, PlanFormat.YAML));
  }
}
