package id.simonev.performance.indicator;

/** What an indicator's values count (satuan). */
public enum MeasureUnit {
    MINUTES, HOURS, DAYS, PERCENT, COUNT, RUPIAH
}
