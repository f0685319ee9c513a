package id.simonev.performance.predicate;

import static id.simonev.performance.predicate.Rating.ABOVE_EXPECTATIONS;
import static id.simonev.performance.predicate.Rating.AS_EXPECTED;
import static id.simonev.performance.predicate.Rating.BELOW_EXPECTATIONS;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Predikat kinerja pegawai: an employee's performance in a period, from the ratings of hasil kerja
 * and perilaku kerja by the table of PermenPANRB 6/2022.
 *
 * <table>
 *   <caption>hasil kerja (rows) by perilaku kerja (columns)</caption>
 *   <tr><th>hasil kerja \ perilaku</th><th>below</th><th>as expected</th><th>above</th></tr>
 *   <tr><td>above</td><td>Kurang/Misconduct</td><td>Baik</td><td>Sangat Baik</td></tr>
 *   <tr><td>as expected</td><td>Kurang/Misconduct</td><td>Baik</td><td>Baik</td></tr>
 *   <tr><td>below</td><td>Sangat Kurang</td><td>Butuh Perbaikan</td><td>Butuh Perbaikan</td></tr>
 * </table>
 *
 * <p>The table is not symmetric: behaviour below expectations is misconduct however good the
 * results, while results below expectations need improvement however good the behaviour.
 */
public enum Predicate {
    SANGAT_BAIK("Sangat Baik"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang/Misconduct"),
    SANGAT_KURANG("Sangat Kurang");

    /** The columns of the table, in the regulation's order. */
    private static final List<Rating> PERILAKU_KERJA = List.of(BELOW_EXPECTATIONS, AS_EXPECTED, ABOVE_EXPECTATIONS);

    /** The rows of the table: hasil kerja, then the predicate under each column of perilaku kerja. */
    private static final Map<Rating, List<Predicate>> TABLE = Map.of(
            //                           below          as expected      above
            ABOVE_EXPECTATIONS, List.of(KURANG,        BAIK,            SANGAT_BAIK),
            AS_EXPECTED,        List.of(KURANG,        BAIK,            BAIK),
            BELOW_EXPECTATIONS, List.of(SANGAT_KURANG, BUTUH_PERBAIKAN, BUTUH_PERBAIKAN));

    private final String label;

    Predicate(String label) {
        this.label = label;
    }

    /** The predicate in the regulation's words. */
    public String label() {
        return label;
    }

    /** The predicate of a period's two ratings. */
    public static Predicate of(Rating hasilKerja, Rating perilakuKerja) {
        Objects.requireNonNull(hasilKerja, "hasilKerja");
        Objects.requireNonNull(perilakuKerja, "perilakuKerja");
        return TABLE.get(hasilKerja).get(PERILAKU_KERJA.indexOf(perilakuKerja));
    }
}
