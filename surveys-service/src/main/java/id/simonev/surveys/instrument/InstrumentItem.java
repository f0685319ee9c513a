package id.simonev.surveys.instrument;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One question of an instrument version, answered on the version's scale. */
@Schema(description = "One question of an instrument version")
public record InstrumentItem(
        @Schema(description = "Code answers are matched by, never the position (published SKM reports swap U8 and U9)",
                example = "U1")
        String code,
        @Schema(example = "Persyaratan")
        String name,
        @Schema(example = "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
                + "pelayanannya?")
        String question,
        @Schema(description = "One wording per point of the scale, the lowest first")
        List<String> wordings,
        @Schema(description = "Whether the item counts in the index (an office's extra question does not)")
        boolean indexed,
        @Schema(description = "The item's weight in the index when the version sets its own; absent for equal weights")
        BigDecimal weight,
        @Schema(description = "Whether the item may be left unanswered (e.g. T14, team teaching only)")
        boolean optional) {
}
