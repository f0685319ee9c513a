package id.simonev.platform.csv;

import java.util.List;
import java.util.Locale;

/**
 * A column an import reads: its name, the other names offices give it in their files (often
 * Indonesian: {@code nama}, {@code jenis_kelamin}), and whether a file must have it.
 *
 * <p>The name is also the field of the record the row becomes ({@code regionCode}), so that a
 * Bean Validation violation of that field lands on this column (see {@link CsvImport#validatedBy});
 * a column whose value lands deeper in the record names that field ({@link #feeding}).
 * A header matches a name or an alias ignoring case, surrounding blanks, and the spaces,
 * underscores, hyphens and dots between words: {@code Jenis Kelamin}, {@code JENIS_KELAMIN} and
 * {@code jenisKelamin} are one column.
 */
public record CsvColumn(String name, List<String> aliases, boolean required, String field) {

    public CsvColumn {
        aliases = List.copyOf(aliases);
    }

    public static CsvColumn required(String name, String... aliases) {
        return new CsvColumn(name, List.of(aliases), true, name);
    }

    public static CsvColumn optional(String name, String... aliases) {
        return new CsvColumn(name, List.of(aliases), false, name);
    }

    /** This column, feeding {@code field} of the record a row becomes (e.g. {@code answers.U3} from column U3). */
    public CsvColumn feeding(String field) {
        return new CsvColumn(name, aliases, required, field);
    }

    boolean matches(String header) {
        String key = key(header);
        return key.equals(key(name)) || aliases.stream().anyMatch(alias -> key.equals(key(alias)));
    }

    /** How the column is described where a file lacks it. */
    String describe() {
        return aliases.isEmpty() ? name : name + " (or " + String.join(", ", aliases) + ")";
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]+", "");
    }
}
