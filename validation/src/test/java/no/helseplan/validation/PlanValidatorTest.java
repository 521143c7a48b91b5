package no.helseplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.helseplan.plan.Plan;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;

/** The facade: explicit language whatever the JVM's locale, thread safety, and its contract on null. */
class PlanValidatorTest {

  // forLanguage(Language)

  @Test
  void test_forLanguage_ignoresTheJvmDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nb-NO"));
      Plan plan = Plans.plan().title("").build();
      assertEquals("The plan has no title",
          PlanValidator.forLanguage(Language.EN).validate(plan).getFindings().get(0).getMessage());
      Locale.setDefault(Locale.forLanguageTag("nn-NO"));
      assertEquals("Planen mangler tittel",
          PlanValidator.forLanguage(Language.NB).validate(plan).getFindings().get(0).getMessage());
      Locale.setDefault(Locale.GERMANY);
      assertEquals("Planen manglar tittel",
          PlanValidator.forLanguage(Language.NN).validate(plan).getFindings().get(0).getMessage());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void test_forLanguage_language() {
    assertEquals(Language.NN, PlanValidator.forLanguage(Language.NN).getLanguage());
    assertEquals(Language.NB, PlanValidator.builder().build().getLanguage());
  }

  // validate(Plan)

  @Test
  void test_validate_valuesThatLookLikeTemplatesAreQuotedVerbatim() {
    PlanValidator validator = PlanValidator.forLanguage(Language.NN);
    for (String title : new String[] {"${1+1}", "{helseplan.check}", "{value}", "#{'a'}", "\\{x}", "C:\\mappe", "100 $", "a}b{c"}) {
      Plan plan = Plans.plan(Plans.areaWith(Plans.measure("tiltak-1").title(title)
          .responsibility(java.util.Optional.empty()).build())).build();
      assertEquals("Tiltaket «" + title + "» manglar ansvar",
          validator.validate(plan).getFindings().get(0).getMessage(), title);
    }
  }

  @Test
  void test_validate_null() {
    PlanValidator validator = PlanValidator.forLanguage(Language.NB);
    NullPointerException e = assertThrows(NullPointerException.class, () -> validator.validate((Plan) null));
    assertEquals("plan", e.getMessage());
  }

  @Test
  void test_validate_sharedAcrossThreadsGivesTheSameReports() throws Exception {
    PlanValidator validator = PlanValidator.builder().language(Language.NN).municipalities(RuleTest.REGISTER)
        .writtenStandard(RuleTest.DETECTOR).build();
    List<Plan> plans = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      plans.add(new BrokenPlans(new Random(7_000L + i)).plan());
    }
    List<ValidationReport> expected = new ArrayList<>();
    for (Plan plan : plans) {
      expected.add(validator.validate(plan));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Plan plan : plans) {
          futures.add(pool.submit(() -> validator.validate(plan)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % plans.size()).getFindings(), futures.get(i).get().getFindings(),
            "plan " + (i % plans.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
