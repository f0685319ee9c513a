package id.simonev.reporting.rule;

import java.math.BigDecimal;

/**
 * The reading of a mean on the 1-5 scale (equal intervals of 0.8): 4.21-5.00 Sangat Baik,
 * 3.41-4.20 Baik, 2.61-3.40 Cukup, 1.81-2.60 Kurang Baik, 1.00-1.80 Tidak Baik. A mean is banded as
 * shown, with 2 decimals, by the lower limits, so the table has no gaps. The same table as
 * surveys-service's, kept here because each service owns its code.
 */
public enum RatingBand {
    SANGAT_BAIK("Sangat Baik", "4.21"),
    BAIK("Baik", "3.41"),
    CUKUP("Cukup", "2.61"),
    KURANG_BAIK("Kurang Baik", "1.81"),
    TIDAK_BAIK("Tidak Baik", "1.00");

    private final String label;
    private final BigDecimal lowerLimit;

    RatingBand(String label, String lowerLimit) {
        this.label = label;
        this.lowerLimit = new BigDecimal(lowerLimit);
    }

    /** The band of a mean as shown (rounded to 2 decimals). */
    public static RatingBand of(BigDecimal shownMean) {
        for (RatingBand band : values()) {
            if (shownMean.compareTo(band.lowerLimit) >= 0) {
                return band;
            }
        }
        throw new IllegalArgumentException("A mean on the 1-5 scale is at least 1, not " + shownMean);
    }

    /** The band as reports name it, e.g. "Sangat Baik". */
    public String label() {
        return label;
    }
}
