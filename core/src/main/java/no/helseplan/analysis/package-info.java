/**
 * Analysis of plans for researchers (nb: <i>analyse av planer</i>, nn: <i>analyse av planar</i>): a
 * {@link no.helseplan.analysis.PlanCorpus corpus} of plans with a flat view of every measure, goal and strategy
 * in its context, ready-made {@link no.helseplan.analysis.Table tables} that print in JShell and export to CSV,
 * {@link no.helseplan.analysis.Theme themes} (nb/nn: <i>tema</i>) matched on the plans' words, and the
 * {@link no.helseplan.analysis.PlanComparison comparison} of two versions of a plan (nb/nn: <i>revisjon</i>).
 *
 * <pre>{@code
 * PlanCorpus corpus = PlanCorpus.of(heroy, sorVaranger, voss);
 * corpus.countByTimeframeKind(Language.NN)          // a Table: one row per plan
 * corpus.measures().filter(m -> m.isDueIn(2026)).count()
 * corpus.countByTheme(Language.NB).writeCsv(new FileWriter("tema.csv", StandardCharsets.UTF_8))
 * PlanComparison.of(heroy2025, heroy2026).getAdded()
 * }</pre>
 *
 * <p>Every type here is an immutable view computed from the model; nothing here reads files.
 */
@NullMarked
package no.helseplan.analysis;

import org.jspecify.annotations.NullMarked;
