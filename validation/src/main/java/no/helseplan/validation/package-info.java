/**
 * Validation of plan data (nb/nn: <i>validering / kontroll</i>): findings with severity, location and message in
 * Bokmål, Nynorsk or English.
 *
 * <p>Start with {@link no.helseplan.validation.PlanValidator}: build one per language, once, and share it.
 * {@code validate(plan)} and {@code validateFile(path)} return a {@link no.helseplan.validation.ValidationReport}
 * of {@link no.helseplan.validation.Finding findings}. Each finding has
 * <ul>
 *   <li>a stable code: a {@link no.helseplan.validation.Rule rule's} code such as {@code goal.unknown}, listed with
 *       what it checks and why in {@code validation/RULES.md}, or the io module's code for a read problem;</li>
 *   <li>a {@link no.helseplan.io.Severity severity}: error (the data is wrong), warning (the plan is
 *       weak) or info. Rules about the data carry theirs as a constraint payload; plan-quality rules take theirs
 *       from the plan's kind, so that a strategy without deadlines is no defect while an action plan is held to
 *       more;</li>
 *   <li>a JSON pointer into the file format ({@code /focusAreas/2/measures/3/timeframe}), plus line and column
 *       for read problems;</li>
 *   <li>the offending value, verbatim, and the message, which names the field by its vocabulary label and
 *       quotes the value.</li>
 * </ul>
 *
 * <p>The checks are Jakarta Bean Validation constraints placed on the plan with Hibernate Validator's
 * programmatic mapping, so the model carries no annotations. The checks of single elements (required texts,
 * years, amounts, periods, SDG codes, responsibility leads) run in one walk over the plan's elements rather than
 * as constraints cascaded into each element: the findings are the same, and validating costs a fraction of what
 * Hibernate Validator's traversal of every element did. Messages come from the
 * {@code ContributorValidationMessages} bundles ({@code _nb}, {@code _nn}, an empty {@code _en}), rendered
 * without Expression Language, so text from a plan is never evaluated.
 */
@NullMarked
package no.helseplan.validation;

import org.jspecify.annotations.NullMarked;
