package no.helseplan.validation.internal;

import java.util.Locale;
import no.helseplan.plan.PlanKind;
import no.helseplan.validation.Rule;
import no.helseplan.vocabulary.Label;
import no.helseplan.vocabulary.Language;

/**
 * Renders the rule catalogue (nb/nn: <i>regelkatalog</i>) from {@link Rule}: the text of
 * {@code validation/RULES.md}, one section per language, so the documentation cannot drift from the code.
 */
public final class RuleCatalogue {
  private static final Label TITLE = Label.of("Kontrollregler", "Kontrollreglar", "Validation rules");
  private static final Label INTRO = Label.of(
      "Alt `PlanValidator` kontrollerer. Koden står i hvert funn og endres aldri. Alvorlighetsgraden avhenger for "
          + "noen regler av plantypen; «–» betyr at regelen ikke brukes for den typen.",
      "Alt `PlanValidator` kontrollerer. Koden står i kvart funn og blir aldri endra. Alvorsgraden er for "
          + "nokre reglar avhengig av plantypen; «–» tyder at regelen ikkje blir brukt for den typen.",
      "Everything `PlanValidator` checks. The code appears in every finding and never changes. For some rules the "
          + "severity depends on the kind of plan; \"–\" means the rule is not applied to that kind.");
  private static final Label CODE = Label.of("Kode", "Kode", "Code");
  private static final Label RULE = Label.of("Regel", "Regel", "Rule");
  private static final Label OTHER = Label.of("Andre planer", "Andre planar", "Other plans");
  private static final Label STRATEGY = Label.of("Strategi, strategisk plan", "Strategi, strategisk plan",
      "Strategy, strategic plan");
  private static final Label ACTION = Label.of("Handlingsplan, handlingsdel", "Handlingsplan, handlingsdel",
      "Action plan, action part");
  private static final Label CHECKS = Label.of("Kontrollerer", "Kontrollerer", "Checks");
  private static final Label WHY = Label.of("Hvorfor", "Kvifor", "Why");

  private RuleCatalogue() {}

  /**
   * Returns the catalogue as Markdown, in nb, nn and en.
   *
   * @return the Markdown text, ending with a newline
   */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from no.helseplan.validation.Rule by RuleCatalogueTest; do not edit. -->\n");
    md.append("<!-- Regenerate: mvn -pl validation -am verify -Dhelseplan.regenerate=true -->\n\n");
    md.append("# ").append(TITLE.in(Language.EN)).append(" / ").append(TITLE.in(Language.NB)).append(" / ")
        .append(TITLE.in(Language.NN)).append("\n");
    for (Language language : new Language[] {Language.EN, Language.NB, Language.NN}) {
      md.append("\n## ").append(TITLE.in(language)).append(" (").append(language.getCode()).append(")\n\n");
      md.append(INTRO.in(language)).append("\n\n");
      md.append("| ").append(CODE.in(language)).append(" | ").append(RULE.in(language)).append(" | ")
          .append(ACTION.in(language)).append(" | ").append(OTHER.in(language)).append(" | ")
          .append(STRATEGY.in(language)).append(" | ").append(CHECKS.in(language)).append(" | ")
          .append(WHY.in(language)).append(" |\n");
      md.append("|---|---|---|---|---|---|---|\n");
      for (Rule rule : Rule.values()) {
        md.append("| `").append(rule.getCode()).append("` | ").append(cell(rule.getLabel(language)))
            .append(" | ").append(severity(rule, PlanKind.ACTION_PLAN, language))
            .append(" | ").append(severity(rule, PlanKind.MUNICIPAL_SUBPLAN, language))
            .append(" | ").append(severity(rule, PlanKind.STRATEGY, language))
            .append(" | ").append(cell(rule.getChecks().in(language)))
            .append(" | ").append(cell(rule.getWhy().in(language))).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String severity(Rule rule, PlanKind kind, Language language) {
    return rule.getSeverity(kind).map(s -> s.getLabel(language).toLowerCase(locale(language))).orElse("–");
  }

  private static Locale locale(Language language) {
    return language.toLocale();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
