package id.simonev.platform.region;

import java.util.regex.Pattern;

/**
 * A Kemendagri region code: a province ({@code 73}, Sulawesi Selatan) or a kabupaten/kota within
 * it ({@code 73.71}, Kota Makassar). BPS numbers are not accepted.
 */
public final class RegionCode {

    public static final String PATTERN = "^\\d{2}(\\.\\d{2})?$";
    public static final String DESCRIPTION = "must be a Kemendagri region code such as 73 or 73.71";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private RegionCode() {
    }

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    public static boolean isProvince(String code) {
        return code.length() == 2;
    }

    /** The province of a kabupaten/kota, or null for a province. */
    public static String parentOf(String code) {
        return isProvince(code) ? null : code.substring(0, 2);
    }

    /** Whether {@code scope} (a province or a kab/kota) includes {@code region}. */
    public static boolean covers(String scope, String region) {
        return region.equals(scope) || (isProvince(scope) && region.startsWith(scope + "."));
    }
}
