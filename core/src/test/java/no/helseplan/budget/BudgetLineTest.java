package no.helseplan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import no.helseplan.internal.RoundTrip;
import no.helseplan.measure.Measure;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, part 4: money per budget year for a measure, in the unit printed. */
class BudgetLineTest {

  /** "Auka grunnbemanning natt" in an økonomiplan 2026–2029, "Beløp i 1000 kr". */
  static Measure nightStaff() {
    BudgetLine cost = BudgetLine.builder().kind(BudgetKind.OPERATING_COST).unit(MoneyUnit.THOUSAND_NOK)
        .description("Auka grunnbemanning natt, 2 årsverk")
        .text("Auka grunnbemanning natt 1 200 2 400 2 400 2 400")
        .addAmounts(amount(2026, "1 200"), amount(2027, "2 400"), amount(2028, "2 400"), amount(2029, "2 400"))
        .build();
    BudgetLine saving = BudgetLine.builder().kind(BudgetKind.SAVING).unit(MoneyUnit.THOUSAND_NOK)
        .description("Redusert bruk av vikarbyrå")
        .addAmounts(amount(2027, "-800"), amount(2028, "-800"))
        .build();
    return Measure.builder().id("t7").title("Auke grunnbemanninga på natt i heimetenesta")
        .addBudget(cost, saving).build();
  }

  private static BudgetAmount amount(int year, String printed) {
    return BudgetAmount.builder().year(year).amount(new BigDecimal(printed.replace(" ", ""))).text(printed).build();
  }

  @Test
  void test_measure_budgetPerYear_inThousands() {
    List<BudgetLine> budget = nightStaff().getBudget();
    BudgetLine cost = budget.get(0);
    assertEquals(List.of(2026, 2027, 2028, 2029), cost.getAmounts().stream().map(BudgetAmount::getYear).toList());
    assertEquals(Optional.of("1 200"), cost.amountIn(2026).orElseThrow().getText());
    assertEquals(0, new BigDecimal("1200000").compareTo(cost.kronerIn(2026).orElseThrow()));
    assertEquals(Optional.empty(), cost.kronerIn(2030));
    BudgetLine saving = budget.get(1);
    assertEquals(BudgetKind.SAVING, saving.getKind());
    assertEquals(0, new BigDecimal("-800000").compareTo(saving.kronerIn(2028).orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource({"NOK, 2500, 2500", "THOUSAND_NOK, 2.5, 2500", "MILLION_NOK, 64, 64000000", "MILLION_NOK, 1.25, 1250000"})
  void test_toKroner(MoneyUnit unit, BigDecimal amount, BigDecimal kroner) {
    assertEquals(0, kroner.compareTo(unit.toKroner(amount)), () -> unit + " " + amount);
  }

  @Test
  void test_json_roundTrip() {
    Measure measure = nightStaff();
    assertEquals(measure, RoundTrip.json(measure, Measure.class));
  }

  @Test
  void test_labels() {
    assertEquals("Millionar kroner", MoneyUnit.MILLION_NOK.getLabel(Language.NN));
    assertEquals("Innsparing", BudgetKind.SAVING.getLabel(Language.NB));
  }
}
