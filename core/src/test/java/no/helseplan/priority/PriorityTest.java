package no.helseplan.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import no.helseplan.goal.Goal;
import no.helseplan.internal.RoundTrip;
import no.helseplan.measure.DecisionState;
import no.helseplan.measure.Measure;
import no.helseplan.vocabulary.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, part 2: the priority of goals and measures, and whether a measure is proposed or decided. */
class PriorityTest {

  // parse(String, Language)

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "1                          | 1 | -",
      "3.                         | 3 | -",
      "Prioritet 2                | 2 | -",
      "1. prioritet               | 1 | -",
      "Pri. 1                     | 1 | -",
      "P1                         | 1 | -",
      "prio 2                     | 2 | -",
      "Prioritet: 3 (låg)         | 3 | LOW",
      "Svært høg                  | - | HIGH",
      "Meget høy prioritet        | - | HIGH",
      "Andre prioritet            | 2 | -",
      "Høgaste prioritet          | - | HIGH",
      "Gp1                        | - | -",
      "Første prioritet           | 1 | -",
      "Fyrste prioritet           | 1 | -",
      "Tredje prioritet           | 3 | -",
      "Høg                        | - | HIGH",
      "Høy                        | - | HIGH",
      "HØG PRIORITET              | - | HIGH",
      "Høgt prioritert            | - | HIGH",
      "Middels                    | - | MEDIUM",
      "middels prioritet          | - | MEDIUM",
      "Låg                        | - | LOW",
      "Lav                        | - | LOW",
      "lågt prioritert            | - | LOW",
      "Prioritert                 | - | PRIORITISED",
      "Prioriterte tiltak         | - | PRIORITISED",
      "Ikkje prioritert           | - | NOT_PRIORITISED",
      "Ikke prioritert i 2026     | - | NOT_PRIORITISED",
      "Uprioritert                | - | NOT_PRIORITISED",
      "1 (høg)                    | 1 | HIGH",
      "Høg – 1                    | 1 | HIGH",
      "Vert vurdert i budsjettet  | - | -",
      "Ved behov                  | - | -",
      "Andre prioriterte tiltak   | - | PRIORITISED",
      "0                          | - | -",
      "2026                       | - | -",
      "1,5                        | - | -",
      "Høgskulen                  | - | -",
      "Lavterskel                 | - | -"})
  void test_parse(String text, Integer rank, PriorityLevel level) {
    Priority priority = Priority.parse(text, Language.NN);
    assertEquals(text, priority.getText(), "the text is kept verbatim");
    assertEquals(Optional.ofNullable(rank), priority.getRank(), () -> "rank of '" + text + "'");
    assertEquals(Optional.ofNullable(level), priority.getLevel(), () -> "level of '" + text + "'");
    assertEquals(priority, Priority.parse(text, Language.NB), "both written standards are read alike");
  }

  // ofRank(int), of(PriorityLevel, String)

  @Test
  void test_ofRank() {
    assertEquals(Priority.builder().text("2").rank(2).build(), Priority.ofRank(2));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Priority.ofRank(0));
    assertEquals("A priority rank is at least 1, not 0", e.getMessage());
  }

  // on goals and measures

  @Test
  void test_measure_proposedWithPriority_goalRanked() {
    Measure proposed = Measure.builder().id("t12").title("Etablere demenskoordinator i 50 % stilling")
        .priority(Priority.of(PriorityLevel.HIGH, "Høg"))
        .decisionState(DecisionState.PROPOSED)
        .build();
    Measure decided = Measure.builder().from(proposed).decisionState(DecisionState.BUDGETED).build();
    Goal goal = Goal.builder().id("m1").number("1").statement("Fleire skal bu heime lenger")
        .priority(Priority.ofRank(1)).build();

    assertEquals(Optional.of(PriorityLevel.HIGH), proposed.getPriority().flatMap(Priority::getLevel));
    assertEquals(Optional.of(DecisionState.PROPOSED), proposed.getDecisionState());
    assertEquals(Optional.of(DecisionState.BUDGETED), decided.getDecisionState());
    assertEquals(Optional.of(1), goal.getPriority().flatMap(Priority::getRank));
    assertEquals(Optional.empty(), Measure.builder().id("t1").title("x").build().getDecisionState());
    assertEquals(proposed, RoundTrip.json(proposed, Measure.class));
    assertEquals(goal, RoundTrip.json(goal, Goal.class));
  }

  @Test
  void test_labels() {
    assertEquals("Høg", PriorityLevel.HIGH.getLabel(Language.NN));
    assertEquals("Låg", PriorityLevel.LOW.getLabel(Language.NN));
    assertEquals("Lav", PriorityLevel.LOW.getLabel(Language.NB));
    assertEquals("Vedteke", DecisionState.DECIDED.getLabel(Language.NN));
    assertEquals("Vedtatt", DecisionState.DECIDED.getLabel(Language.NB));
    assertEquals("Proposed", DecisionState.PROPOSED.getLabel(Language.EN));
  }
}
