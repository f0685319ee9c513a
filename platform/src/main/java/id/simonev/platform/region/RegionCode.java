package id.simonev.platform.region;

/**
 * A Kemendagri region code: a province ({@code 73}, Sulawesi Selatan) or a kabupaten/kota within
 * it ({@code 73.71}, Kota Makassar). BPS numbers are not accepted.
 */
public final class RegionCode {

    public static final String PATTERN = "^\\d{2}(\\.\\d{2})?$";
    public static final String DESCRIPTION = "must be a Kemendagri region code such as 73 or 73.71";

    private RegionCode() {
    }

    public static boolean isProvince(String code) {
        return code.length() == 2;
    }

    /** Whether {@code scope} (a province or a kab/kota) includes {@code region}. */
    public static boolean covers(String scope, String region) {
        return region.equals(scope) || (isProvince(scope) && region.startsWith(scope + "."));
    }
}
