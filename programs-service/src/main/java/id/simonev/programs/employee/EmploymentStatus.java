package id.simonev.programs.employee;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two kinds of ASN, each with its own scale of golongan (rank): a PNS's golongan/ruang and a
 * PPPK's grade are written differently and never mix.
 */
public enum EmploymentStatus {
    /** Pegawai Negeri Sipil: permanent civil servant; golongan/ruang I/a to IV/e. */
    PNS("golongan/ruang of a PNS", List.of(
            "I/a", "I/b", "I/c", "I/d",
            "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d",
            "IV/a", "IV/b", "IV/c", "IV/d", "IV/e")),
    /** Pegawai Pemerintah dengan Perjanjian Kerja: civil servant on contract; golongan I to XVII. */
    PPPK("golongan of a PPPK", List.of(
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"));

    /** Roman numerals, then for a PNS a slash and the ruang letter; in any case, blanks around each part. */
    private static final Pattern RANK = Pattern.compile("\\s*([IVXivx]+)\\s*(?:/\\s*([A-Ea-e])\\s*)?");

    private final String scale;
    private final List<String> ranks;

    EmploymentStatus(String scale, List<String> ranks) {
        this.scale = scale;
        this.ranks = ranks;
    }

    /** Its golongan from lowest to highest, as offices write them. */
    public List<String> ranks() {
        return ranks;
    }

    /**
     * Why {@code rank} (as {@link #canonicalRank} spells it) is not a golongan of this status;
     * empty when it is one.
     */
    Optional<String> refusal(String rank) {
        if (ranks.contains(rank)) {
            return Optional.empty();
        }
        String reason = "must be a " + scale + ", " + ranks.get(0) + " to " + ranks.get(ranks.size() - 1);
        for (EmploymentStatus other : values()) {
            if (other != this && other.ranks.contains(rank)) {
                return Optional.of(reason + " (" + rank + " is a " + other.scale + ")");
            }
        }
        return Optional.of(reason);
    }

    /**
     * A golongan in the one spelling kept and published: the roman numerals in capitals, the ruang
     * in lower case, no blanks ({@code iii / A} is {@code III/a}, {@code ix} is {@code IX}). Other
     * text is kept, stripped, for {@link #refusal} to say why it is no golongan.
     */
    static String canonicalRank(String text) {
        if (text == null) {
            return null;
        }
        Matcher rank = RANK.matcher(text);
        if (!rank.matches()) {
            return text.strip();
        }
        return rank.group(1).toUpperCase(Locale.ROOT)
                + (rank.group(2) == null ? "" : "/" + rank.group(2).toLowerCase(Locale.ROOT));
    }
}
