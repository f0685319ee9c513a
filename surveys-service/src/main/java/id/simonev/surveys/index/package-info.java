/**
 * The IKM arithmetic of PermenPANRB 14/2017, from the integer sums SQL keeps over stored
 * responses to the figures a report shows. Framework-free, so that every cell and boundary of
 * the regulation's table can be tested without a database.
 *
 * <p>Sums stay integers up to one division per figure, and rounding happens only for display and
 * grading: an intermediate rounding (a weight of 0.111, an NRR of 3.33) is what moves published
 * IKMs across a grade boundary.
 */
package id.simonev.surveys.index;
