/**
 * Capaian of key indicators (IKU): how far a realisation reached its target, by the indicator's
 * direction, and how an indicator's periods combine over a year. Framework-free, so that every
 * row and boundary of the rules can be tested without a database, and so that every report
 * computes a figure with these same functions rather than with its own copy of them.
 *
 * <p>Figures stay at full precision ({@code MathContext.DECIMAL128}) with one division per
 * capaian; rounding is for display only, by {@code id.simonev.platform.validation.Display}.
 */
package id.simonev.performance.capaian;
