/**
 * The employee appraisal of PermenPANRB 6/2022: two ratings per employee per period, hasil kerja
 * and perilaku kerja, and the predicate the regulation's table gives them. Framework-free, so
 * that a test can check every cell of the table as the regulation prints it.
 */
package id.simonev.performance.predicate;
