package id.simonev.reporting.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Mutu pelayanan: the service quality grade of an IKM (PermenPANRB 14/2017), classified on the
 * IKM rounded to two decimals.
 *
 * <table>
 *   <caption>IKM bands</caption>
 *   <tr><th>IKM</th><th>mutu</th><th>kinerja unit</th></tr>
 *   <tr><td>88.31 - 100.00</td><td>A</td><td>Sangat Baik</td></tr>
 *   <tr><td>76.61 - 88.30</td><td>B</td><td>Baik</td></tr>
 *   <tr><td>65.00 - 76.60</td><td>C</td><td>Kurang Baik</td></tr>
 *   <tr><td>25.00 - 64.99</td><td>D</td><td>Tidak Baik</td></tr>
 * </table>
 */
public enum Mutu {
    A("88.31", "Sangat Baik"),
    B("76.61", "Baik"),
    C("65.00", "Kurang Baik"),
    D("25.00", "Tidak Baik");

    private final BigDecimal lowest;
    private final String kinerja;

    Mutu(String lowest, String kinerja) {
        this.lowest = new BigDecimal(lowest);
        this.kinerja = kinerja;
    }

    /** Kinerja unit pelayanan: the unit's performance in words. */
    public String kinerja() {
        return kinerja;
    }

    public static Mutu of(BigDecimal ikm) {
        BigDecimal rounded = ikm.setScale(2, RoundingMode.HALF_UP);
        if (rounded.compareTo(new BigDecimal("25.00")) < 0 || rounded.compareTo(new BigDecimal("100.00")) > 0) {
            throw new IllegalArgumentException("An IKM lies between 25 and 100, not " + ikm);
        }
        for (Mutu mutu : values()) {
            if (rounded.compareTo(mutu.lowest) >= 0) {
                return mutu;
            }
        }
        throw new IllegalStateException("unreachable: D starts at 25.00");
    }
}
