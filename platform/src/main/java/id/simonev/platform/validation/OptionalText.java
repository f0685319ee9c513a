package id.simonev.platform.validation;

/** Free text a client may leave out: kept stripped, and blank counts as left out. */
public final class OptionalText {

    private OptionalText() {
    }

    public static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
