package id.simonev.programs.region;

/** A region of the register was renamed; carries its whole new state. */
public record RegionUpdated(String code, String name, String parentCode) implements RegionFact {

    static RegionUpdated of(Region region) {
        return new RegionUpdated(region.code, region.name, region.parentCode);
    }
}
