package id.simonev.programs.region;

import id.simonev.platform.event.DomainEvent;

/** A province or kabupaten/kota entered the register. */
public record RegionRegistered(String code, String name, String parentCode) implements DomainEvent {

    @Override
    public String aggregateId() {
        return code;
    }

    @Override
    public String region() {
        return code;
    }

    static RegionRegistered of(Region region) {
        return new RegionRegistered(region.code, region.name, region.parentCode);
    }
}
