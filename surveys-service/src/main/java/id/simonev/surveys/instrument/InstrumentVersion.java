package id.simonev.surveys.instrument;

import id.simonev.surveys.index.Weights;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of an instrument: its items in answer order and its scale. A published version is
 * frozen; every response keeps the version it answered, so results are split per version.
 */
@Schema(description = "One version of an instrument, with its items in the order answers are stored in")
public record InstrumentVersion(
        UUID id,
        @Schema(example = "SKM") String instrumentCode,
        @Schema(example = "1") int version,
        @Schema(example = "1") int scaleMin,
        @Schema(example = "4") int scaleMax,
        @Schema(description = "When it was published and frozen; absent while a draft") Instant publishedAt,
        List<InstrumentItem> items) {

    public boolean published() {
        return publishedAt != null;
    }

    public String label() {
        return instrumentCode + " version " + version;
    }

    public Optional<InstrumentItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    public List<InstrumentItem> indexedItems() {
        return items.stream().filter(InstrumentItem::indexed).toList();
    }

    /** The positions (from 1, as stored) of the indexed items, in order. */
    public int[] indexedPositions() {
        return IntStream.range(0, items.size()).filter(i -> items.get(i).indexed()).map(i -> i + 1).toArray();
    }

    /** The index weights: the version's own when it sets them, else equal. */
    public Weights weights() {
        List<InstrumentItem> indexed = indexedItems();
        return indexed.stream().allMatch(item -> item.weight() == null)
                ? Weights.equal(indexed.size())
                : Weights.of(indexed.stream().map(InstrumentItem::weight).map(Objects::requireNonNull).toList());
    }

    /** A respondent's index points for answers stored in item order. */
    public long indexPoints(short[] answers) {
        int[] positions = indexedPositions();
        int[] indexedAnswers = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            indexedAnswers[i] = answers[positions[i] - 1];
        }
        return weights().points(indexedAnswers);
    }
}
