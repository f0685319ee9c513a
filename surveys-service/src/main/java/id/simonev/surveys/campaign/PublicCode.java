package id.simonev.surveys.campaign;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A campaign's public code: eight characters from an alphabet without 0/O and 1/I, so that it
 * is easy to type from a printed form, and 40 random bits, so that it cannot be guessed.
 */
public final class PublicCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicCode() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, read forgivingly: any case, spaces and dashes ignored. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
