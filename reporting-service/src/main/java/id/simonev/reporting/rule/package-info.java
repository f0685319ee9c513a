/**
 * The arithmetic of a program's evaluation on the five levels (docs/domain.md, "The five-level
 * evaluation's rules"): the questionnaire ratings of level 1 ({@link Rating}, the same rule as
 * surveys-service's, from reporting's own sums), the normalized gain and the paired difference of
 * level 2, the 360's self-minus-supervisor gap ({@link RatingGap}), the windows and the appraisal shift
 * of level 3, the difference in differences of level 4 and the worth of level 5. Framework-free, so
 * that each rule is tested against the worked examples without a database, and so that every read
 * model computes a figure with these same functions.
 *
 * <p>Each rule works from the running sums and counts a read model keeps as events arrive
 * ({@link LearningTally}, {@link WindowSum}, {@link SkmPoints}, {@link AppraisalShift.Tally},
 * {@link ItemTally}), with one call from sums to figures. Sums are exact ({@code BigDecimal}); every
 * division is {@code MathContext.DECIMAL128}; the results are the figures as a report shows them,
 * rounded here and nowhere else. A figure that cannot be computed is a {@link Figure} with the
 * reason, never a 0; a rating's figures withheld for anonymity are null beside their counts, as
 * surveys-service shows them. Each rule names its provenance id ({@code RULE}) for the figures it
 * gives.
 */
package id.simonev.reporting.rule;
