package id.simonev.platform.export;

/**
 * Keeps text that someone typed (a citizen's answer, a unit's name) from running as a formula when
 * an export is opened in a spreadsheet (CSV or formula injection: {@code =HYPERLINK(...)},
 * {@code @SUM(...)}, {@code -2+3}). Text that starts as a formula can start ({@code =}, {@code +},
 * {@code -}, {@code @}, and the tab and carriage return that spreadsheets skip before one) gets a
 * leading single quote, which spreadsheets read as "this is text".
 *
 * <p>Both formats apply it to every text cell, headers included. The XLSX writes such text as a
 * string cell, which is never evaluated; it keeps the quote anyway, so that a person who opens the
 * workbook and saves it as CSV still gets a safe file. The price is a visible quote before a text
 * such as {@code -} or {@code -5}: numbers belong in number columns, which are never neutralised.
 */
final class FormulaNeutraliser {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaNeutraliser() {
    }

    static String neutralise(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
