package id.simonev.platform.nip;

import id.simonev.platform.region.OfficeDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nomor Induk Pegawai: the 18-digit number of a civil servant (ASN), read by this one parser
 * wherever a NIP enters (JSON, CSV, path), so that a bad one gets the same answer everywhere.
 *
 * <table>
 *   <caption>layout</caption>
 *   <tr><th>digits</th><th>meaning</th></tr>
 *   <tr><td>1-8</td><td>birth date, yyyyMMdd</td></tr>
 *   <tr><td>9-14</td><td>appointment month (TMT CPNS), yyyyMM</td></tr>
 *   <tr><td>15</td><td>gender: 1 male, 2 female</td></tr>
 *   <tr><td>16-18</td><td>sequence, 001-999</td></tr>
 * </table>
 *
 * Example: {@code 196711101992031001}, born 1967-11-10, appointed 1992-03, male, number 001. It
 * may also be written grouped as on an ID card, {@code 19671110 199203 1 001}; no other spelling
 * is read. A NIP that cannot belong to a real civil servant is refused too: a birth date in the
 * future, an appointment before the age of 18 (the minimum age for CPNS; the NIP gives only the
 * month, so the month of the 18th birthday passes), or an appointment month more than 12 months
 * ahead of today.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointed, Gender gender, int sequence) {

    /** The spellings read: 18 digits, or grouped 8-6-1-3 by single spaces. */
    public static final String SPELLINGS = "must be 18 digits, or grouped as 19671110 199203 1 001";
    private static final Pattern DIGITS = Pattern.compile("\\d{18}");
    private static final Pattern GROUPED = Pattern.compile("(\\d{8}) (\\d{6}) (\\d) (\\d{3})");
    private static final int MINIMUM_AGE = 18;
    private static final int MONTHS_AHEAD = 12;

    /** Jenis kelamin as the NIP and the register write it. */
    public enum Gender {
        /** Laki-laki, digit 1. */
        L,
        /** Perempuan, digit 2. */
        P
    }

    /** The NIP, or why it is not one. */
    public sealed interface Reading permits Valid, Invalid {
    }

    public record Valid(Nip nip) implements Reading {
    }

    public record Invalid(String reason) implements Reading {
    }

    /** Reads {@code text} as a NIP, judged against the offices' today. */
    public static Reading read(String text) {
        return read(text, OfficeDate.today());
    }

    /** Reads {@code text} as a NIP, judged against {@code today}. */
    public static Reading read(String text, LocalDate today) {
        String value = canonical(text);
        if (value == null || !DIGITS.matcher(value).matches()) {
            return new Invalid(SPELLINGS);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8));
        } catch (DateTimeException e) {
            return new Invalid("holds an impossible birth date " + value.substring(0, 8));
        }
        int appointedMonth = number(value, 12, 14);
        if (appointedMonth < 1 || appointedMonth > 12) {
            return new Invalid("holds an impossible appointment month " + value.substring(8, 14));
        }
        YearMonth appointed = YearMonth.of(number(value, 8, 12), appointedMonth);
        Optional<Gender> gender = switch (value.charAt(14)) {
            case '1' -> Optional.of(Gender.L);
            case '2' -> Optional.of(Gender.P);
            default -> Optional.empty();
        };
        if (gender.isEmpty()) {
            return new Invalid("holds gender digit " + value.charAt(14) + " where 1 (male) or 2 (female) belongs");
        }
        int sequence = number(value, 15, 18);
        if (sequence == 0) {
            return new Invalid("holds sequence 000; sequences run from 001 to 999");
        }
        return implausibility(birth, appointed, today).<Reading>map(Invalid::new)
                .orElseGet(() -> new Valid(new Nip(value, birth, appointed, gender.get(), sequence)));
    }

    /**
     * The 18 digits of a NIP written in one of its spellings; any other text as it is, so that
     * {@link #read} can say why it is not a NIP. Records that carry a NIP call this in their
     * constructor, so that the rest of the code sees one spelling.
     */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        var grouped = GROUPED.matcher(text.strip());
        return grouped.matches() ? grouped.replaceAll("$1$2$3$4") : text.strip();
    }

    /**
     * A NIP as downloads show it to all but admins: its last four digits, the rest masked, enough to
     * tell two colleagues apart on a list without carrying their birth dates out of the system.
     */
    public static String masked(String nip) {
        String canonical = canonical(nip);
        int shown = Math.min(4, canonical.length());
        return "*".repeat(canonical.length() - shown) + canonical.substring(canonical.length() - shown);
    }

    private static Optional<String> implausibility(LocalDate birth, YearMonth appointed, LocalDate today) {
        if (birth.isAfter(today)) {
            return Optional.of("holds a birth date " + birth + " in the future");
        }
        YearMonth eighteenth = YearMonth.from(birth.plusYears(MINIMUM_AGE));
        if (appointed.isBefore(eighteenth)) {
            return Optional.of("holds an appointment month " + appointed + " before the age of " + MINIMUM_AGE
                    + " (born " + birth + ")");
        }
        YearMonth latest = YearMonth.from(today).plusMonths(MONTHS_AHEAD);
        if (appointed.isAfter(latest)) {
            return Optional.of("holds an appointment month " + appointed + " more than " + MONTHS_AHEAD
                    + " months ahead");
        }
        return Optional.empty();
    }

    private static int number(String value, int from, int to) {
        return Integer.parseInt(value.substring(from, to));
    }
}
