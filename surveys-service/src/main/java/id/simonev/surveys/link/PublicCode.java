package id.simonev.surveys.link;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The codes that people type or scan to answer without signing in: from an alphabet without 0/O
 * and 1/I, so that they are easy to type from paper, and random enough that they cannot be
 * guessed. A campaign's public code has eight characters (40 bits); a single-use evaluation link's
 * token sixteen (80 bits), as each one opens a questionnaire about a named person.
 */
public final class PublicCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int CAMPAIGN_LENGTH = 8;
    public static final int LINK_TOKEN_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicCode() {
    }

    public static String next(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as typed, read forgivingly: any case, and whatever is not a letter or digit (spaces,
     * dashes, a stray control character) ignored. A code that was never issued reads as one anyway.
     */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
