package id.simonev.programs.employee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Nomor Induk Pegawai: the 18-digit number of a civil servant (ASN).
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
 * Example: {@code 196711101992031001}, born 1967-11-10, appointed 1992-03, male, number 001.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointed, Gender gender, int sequence) {

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

    public static Reading read(String value) {
        if (value == null || !value.matches("\\d{18}")) {
            return new Invalid("must be 18 digits");
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
        if (!appointed.isAfter(YearMonth.from(birth))) {
            return new Invalid("holds an appointment month " + appointed + " not after the birth date " + birth);
        }
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
        return new Valid(new Nip(value, birth, appointed, gender.get(), sequence));
    }

    private static int number(String value, int from, int to) {
        return Integer.parseInt(value.substring(from, to));
    }
}
