package id.simonev.programs.agency;

import java.time.Instant;

public record AgencyView(String code, String name, String regionCode, boolean active, Instant createdAt) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.code, agency.name, agency.regionCode, agency.active, agency.createdAt);
    }
}
