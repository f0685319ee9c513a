package id.simonev.programs.region;

/** A province or kabupaten/kota entered the register. */
public record RegionRegistered(String code, String name, String parentCode) implements RegionFact {

    static RegionRegistered of(Region region) {
        return new RegionRegistered(region.code, region.name, region.parentCode);
    }
}
