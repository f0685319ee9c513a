package id.simonev.surveys.instrument;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An instrument with the headline of each of its versions. */
@Schema(description = "An instrument and its versions")
public record InstrumentView(
        @Schema(example = "SKM") String code,
        String name,
        InstrumentKind kind,
        @Schema(description = "The agency whose own instrument it is; absent for one built into the regulation")
        String agencyCode,
        String regionCode,
        boolean builtIn,
        List<InstrumentRepository.VersionSummary> versions) {
}
