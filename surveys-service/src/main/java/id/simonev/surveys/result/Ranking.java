package id.simonev.surveys.result;

import id.simonev.surveys.index.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a ranking and who in it cannot be told apart. An IKM from a sample is only as sharp
 * as its interval: a league table by IKM alone presents differences of chance as differences of
 * service, so each entry names the units whose intervals overlap its own.
 */
final class Ranking {

    /** Entries with an interval first, by IKM, highest first; ties by unit, instrument and version. */
    private static final Comparator<SkmRanking.Entry> ORDER = Comparator
            .comparing((SkmRanking.Entry entry) -> entry.ikmInterval() == null)
            .thenComparing(SkmRanking.Entry::ikm, Comparator.reverseOrder())
            .thenComparing(SkmRanking.Entry::serviceUnitCode)
            .thenComparing(SkmRanking.Entry::instrumentCode)
            .thenComparingInt(SkmRanking.Entry::instrumentVersion);

    private Ranking() {
    }

    /** The entries in ranking order, each with its rank and the units it cannot be told apart from. */
    static List<SkmRanking.Entry> of(List<SkmRanking.Entry> entries) {
        List<SkmRanking.Entry> ordered = entries.stream().sorted(ORDER).toList();
        List<SkmRanking.Entry> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            SkmRanking.Entry entry = ordered.get(i);
            Integer rank = null;
            List<String> indistinguishable = null;
            if (entry.ikmInterval() != null) {
                SkmRanking.Entry previous = i == 0 ? null : ranked.get(i - 1);
                rank = previous != null && previous.ikm().compareTo(entry.ikm()) == 0 ? previous.rank() : i + 1;
                indistinguishable = ordered.stream()
                        .filter(other -> other.ikmInterval() != null
                                && !other.serviceUnitCode().equals(entry.serviceUnitCode())
                                && overlap(other.ikmInterval(), entry.ikmInterval()))
                        .map(SkmRanking.Entry::serviceUnitCode)
                        .distinct()
                        .toList();
            }
            ranked.add(new SkmRanking.Entry(rank, entry.serviceUnitCode(), entry.serviceUnitName(),
                    entry.agencyCode(), entry.regionCode(), entry.instrumentCode(), entry.instrumentVersion(),
                    entry.yearlyServiceUsers(), entry.responses(), entry.ikm(), entry.mutu(), entry.kinerja(),
                    entry.ikmInterval(), entry.settled(), indistinguishable));
        }
        return List.copyOf(ranked);
    }

    /** Whether two intervals share a point, an end included. */
    private static boolean overlap(Interval a, Interval b) {
        return a.lower().compareTo(b.upper()) <= 0 && b.lower().compareTo(a.upper()) <= 0;
    }
}
