package id.simonev.surveys.campaign;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A campaign opened: citizens may answer the unit's survey through its public code. */
public record CampaignOpened(UUID campaignId, String instrument, int instrumentVersion, String serviceUnitCode,
                             String agencyCode, String regionCode, LocalDate startDate, LocalDate endDate,
                             Integer yearlyServiceUsers, Instant openedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return campaignId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }
}
