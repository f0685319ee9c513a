/**
 * The arithmetic of the program questionnaires (participants' reaction, trainers, the
 * post-training 360), all on the 1-5 scale: item means, top-2-box, the overall mean and its band,
 * and the anonymity threshold below which a figure is not shown. Framework-free, so that every
 * band boundary and the worked examples can be tested without a database.
 *
 * <p>Sums stay integers up to one division per figure; rounding (2 decimals, half up) happens for
 * display and banding alike, so that a mean shown as 4.21 always reads Sangat Baik.
 */
package id.simonev.surveys.rating;
