package id.simonev.surveys.result;

import id.simonev.platform.security.Caller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which stored responses a result covers, and what it is given per besides the instrument version:
 * a condition on {@code survey_response} with its parameters, bound as {@code ?1}, {@code ?2}...
 * Every value a client sends is a parameter, never part of the condition's text.
 */
record Scope(Per per, String condition, List<Object> parameters) {

    /** What the responses are grouped by, besides their instrument version. */
    enum Per {
        CAMPAIGN("cast(campaign_id as text)"),
        SERVICE_UNIT("service_unit_code");

        final String column;

        Per(String column) {
            this.column = column;
        }
    }

    Scope {
        parameters = List.copyOf(parameters);
    }

    static Scope campaign(UUID id) {
        return new Scope(Per.CAMPAIGN, "campaign_id = ?1", List.of(id));
    }

    /** Each campaign of a unit, for its trend. */
    static Scope campaignsOf(String serviceUnitCode) {
        return new Scope(Per.CAMPAIGN, "service_unit_code = ?1", List.of(serviceUnitCode));
    }

    /** A unit's responses dated within {@code from}-{@code to}, both included, whatever campaign they came in. */
    static Scope serviceUnit(String code, LocalDate from, LocalDate to) {
        return new Scope(Per.SERVICE_UNIT, "service_unit_code = ?1 and survey_date between ?2 and ?3",
                List.of(code, from, to));
    }

    /**
     * The responses dated within {@code from}-{@code to} to the units of an agency, of a region
     * (a province with its kabupaten/kota), or both, and of only the regions the caller covers, as
     * every list keeps to them: a region outside the token gives nothing rather than a refusal.
     */
    static Scope units(String agency, String region, LocalDate from, LocalDate to, Caller caller) {
        List<String> conditions = new ArrayList<>(List.of("survey_date between ?1 and ?2"));
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        if (agency != null) {
            parameters.add(agency);
            conditions.add("agency_code = ?" + parameters.size());
        }
        if (region != null) {
            parameters.add(region);
            conditions.add("(region_code = ?%1$d or region_code like ?%1$d || '.%%')".formatted(parameters.size()));
        }
        if (!caller.seesAllRegions()) {
            parameters.add(caller.regions().toArray(String[]::new));
            conditions.add("(region_code = any(?%1$d) or substring(region_code, 1, 2) = any(?%1$d))"
                    .formatted(parameters.size()));
        }
        return new Scope(Per.SERVICE_UNIT, String.join(" and ", conditions), parameters);
    }
}
