package id.simonev.programs.region;

import id.simonev.platform.event.DomainEvent;

/** A region of the register was renamed; carries its whole new state. */
public record RegionUpdated(String code, String name, String parentCode) implements DomainEvent {

    @Override
    public String aggregateId() {
        return code;
    }

    @Override
    public String region() {
        return code;
    }

    static RegionUpdated of(Region region) {
        return new RegionUpdated(region.code, region.name, region.parentCode);
    }
}
