/**
 * The SKM results a report shows, read from the stored responses: per campaign, per unit and period,
 * a unit's trend over its campaigns, and rankings of an agency's or a region's units.
 *
 * <p>PostgreSQL sums the answers as integers ({@link id.simonev.surveys.result.SkmTallies}); the
 * arithmetic of {@link id.simonev.surveys.index} turns the sums into figures with one division each.
 * Results are split per instrument version, because versions differ in items and weights.
 */
package id.simonev.surveys.result;
