package id.simonev.surveys.index;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Mutu pelayanan: the grade of an IKM, or of an element's NRR, by the table of PermenPANRB 14/2017.
 *
 * <table>
 *   <caption>bands, each from its lower limit</caption>
 *   <tr><th>mutu</th><th>IKM (NIK) from</th><th>NRR (NI) from</th><th>kinerja unit</th></tr>
 *   <tr><td>A</td><td>88.31</td><td>3.5324</td><td>Sangat Baik</td></tr>
 *   <tr><td>B</td><td>76.61</td><td>3.0644</td><td>Baik</td></tr>
 *   <tr><td>C</td><td>65.00</td><td>2.60</td><td>Kurang Baik</td></tr>
 *   <tr><td>D</td><td>25.00</td><td>1.00</td><td>Tidak Baik</td></tr>
 * </table>
 *
 * <p>A band is read from its lower limit alone. The regulation prints both ends, and its NRR upper
 * ends (3.532, 3.064, 2.5996) are the IKM's upper ends / 25, which leaves NRRs of 4 decimals in no
 * band (3.5321-3.5323, 3.0641-3.0643, 2.5997-2.5999). The NRR lower limits are the IKM lower limits
 * / 25, the same bands on the NRR's scale since the IKM is 25 x the weighted NRR; read alone, they
 * leave no gap: 3.5321-3.5323 is B.
 */
public enum Grade {
    A("88.31", "3.5324", "Sangat Baik"),
    B("76.61", "3.0644", "Baik"),
    C("65.00", "2.60", "Kurang Baik"),
    D("25.00", "1.00", "Tidak Baik");

    private final BigDecimal ikmFrom;
    private final BigDecimal nrrFrom;
    private final String kinerja;

    Grade(String ikmFrom, String nrrFrom, String kinerja) {
        this.ikmFrom = new BigDecimal(ikmFrom);
        this.nrrFrom = new BigDecimal(nrrFrom);
        this.kinerja = kinerja;
    }

    /** Kinerja unit pelayanan: the grade in words. */
    public String kinerja() {
        return kinerja;
    }

    BigDecimal ikmFrom() {
        return ikmFrom;
    }

    BigDecimal nrrFrom() {
        return nrrFrom;
    }

    /** The grade of an IKM, classified on its value rounded half up to 2 decimals (88.305 is A). */
    public static Grade ofIkm(BigDecimal ikm) {
        return classify(Rounding.IKM.apply(ikm), SkmIndex.INDEX, Grade::ikmFrom);
    }

    /** The grade of an element's NRR, classified on its value rounded half up to 4 decimals. */
    public static Grade ofNrr(BigDecimal nrr) {
        return classify(Rounding.NRR.apply(nrr), SkmIndex.ANSWERS, Grade::nrrFrom);
    }

    /** The grades an IKM interval spans, from its lower end's to its upper end's (C, B, A). */
    static List<Grade> spannedByIkm(Interval interval) {
        int lowest = ofIkm(interval.lower()).ordinal();
        int highest = ofIkm(interval.upper()).ordinal();
        return IntStream.iterate(lowest, grade -> grade >= highest, grade -> grade - 1)
                .mapToObj(grade -> values()[grade]).toList();
    }

    private static Grade classify(BigDecimal rounded, Range range, Function<Grade, BigDecimal> lowerLimit) {
        if (rounded.compareTo(range.lowest()) < 0 || rounded.compareTo(range.highest()) > 0) {
            throw new IllegalArgumentException(rounded.toPlainString() + " lies outside "
                    + range.lowest().toPlainString() + "-" + range.highest().toPlainString());
        }
        return Arrays.stream(values()).filter(grade -> rounded.compareTo(lowerLimit.apply(grade)) >= 0)
                .findFirst().orElseThrow();
    }
}
