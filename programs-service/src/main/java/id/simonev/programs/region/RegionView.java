package id.simonev.programs.region;

public record RegionView(String code, String name, String parentCode, RegionLevel level) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.name, region.parentCode, RegionLevel.of(region.code));
    }
}
