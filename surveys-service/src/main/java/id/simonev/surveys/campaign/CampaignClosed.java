package id.simonev.surveys.campaign;

import id.simonev.platform.event.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** A campaign closed: its link takes no more answers. */
public record CampaignClosed(UUID campaignId, String serviceUnitCode, String regionCode, Instant closedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return campaignId.toString();
    }

    @Override
    public String region() {
        return regionCode;
    }
}
