package id.simonev.platform.paging;

import id.simonev.platform.region.RegionCode;
import id.simonev.platform.security.Caller;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the WHERE clause of a list query from the filters a client gave and the caller's regions. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code path = value}, unless the client left the filter out (null). */
    public Filter equal(String path, Object value) {
        return where(path + " = :" + name(path), name(path), value);
    }

    /** Adds a condition with one named parameter, unless the value is null. */
    public Filter where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Keeps rows in {@code region} or, for a province, in its kabupaten/kota; no filter when null. */
    public Filter inRegion(String path, String region) {
        return region == null ? this : inRegions(path, List.of(region));
    }

    /** Keeps only the rows the caller may see: everything for an admin or a national scope. */
    public Filter visibleTo(String path, Caller caller) {
        return caller.seesAllRegions() ? this : inRegions(path, caller.regions());
    }

    private Filter inRegions(String path, Collection<String> scopes) {
        String exact = name(path) + "Scope" + conditions.size();
        String provinces = exact + "Provinces";
        List<String> provinceScopes = scopes.stream().filter(RegionCode::isProvince).toList();
        StringBuilder condition = new StringBuilder("(").append(path).append(" in :").append(exact);
        parameters.put(exact, scopes.isEmpty() ? List.of("") : List.copyOf(scopes));
        if (!provinceScopes.isEmpty()) {
            condition.append(" or substring(").append(path).append(", 1, 2) in :").append(provinces);
            parameters.put(provinces, provinceScopes);
        }
        conditions.add(condition.append(')').toString());
        return this;
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static String name(String path) {
        return path.replace(".", "_");
    }
}
