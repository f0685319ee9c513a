package id.simonev.programs.program;

/** What an expense line paid for. */
public enum ExpenseCategory {
    /** Honorarium of trainers and speakers (narasumber). */
    HONORARIUM,
    /** Room or venue hire. */
    VENUE,
    /** Konsumsi: meals and refreshments. */
    CONSUMPTION,
    ACCOMMODATION,
    TRANSPORT,
    /** Training materials and stationery (ATK). */
    MATERIALS,
    OTHER
}
