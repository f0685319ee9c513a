package id.simonev.platform.region;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date offices count by. Rules that depend on today (whether a NIP's dates are plausible,
 * whether a program's last session has come) judge against today's date in western Indonesia
 * (WIB), whatever zone the server runs in.
 */
public final class OfficeDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private OfficeDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
