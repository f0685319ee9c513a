package id.simonev.surveys.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A survey campaign")
public record CampaignView(
        UUID id,
        String title,
        String serviceUnitCode,
        String agencyCode,
        String regionCode,
        @Schema(example = "SKM") String instrumentCode,
        @Schema(example = "1") int instrumentVersion,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "The unit's yearly number of service users (N), when known") Integer yearlyServiceUsers,
        CampaignStatus status,
        @Schema(description = "The code citizens answer through, from the moment the campaign opens",
                example = "K7QM4XPA")
        String publicCode,
        @Schema(description = "The page citizens answer on, for the counter and the printed form",
                example = "http://localhost:8082/s/K7QM4XPA")
        String link,
        @Schema(description = "How many responses it holds") long responses,
        Instant createdAt,
        Instant openedAt,
        Instant closedAt) {
}
