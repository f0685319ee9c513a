package id.simonev.platform.security;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.region.RegionCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject, roles and the regions it covers. A province in
 * {@code regions} covers its kabupaten/kota; {@code *} covers the whole country, and so does
 * the admin role.
 *
 * <p>A resource has the caller of its request injected ({@link CallerProducer}); a class, not a
 * record, because the container hands it out through a client proxy, which must subclass it.
 */
public class Caller {

    public static final String ALL_REGIONS = "*";
    public static final String REGIONS_CLAIM = "regions";

    private final String name;
    private final Set<String> roles;
    private final Set<String> regions;

    public Caller(String name, Set<String> roles, Set<String> regions) {
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.regions = Set.copyOf(regions);
    }

    /** For the client proxy only: a proxy holds no caller of its own, it asks the request's. */
    protected Caller() {
        this(null, Set.of(), Set.of());
    }

    /** The caller of a verified token: the one way every service reads roles and regions. */
    public static Caller of(JsonWebToken token) {
        return new Caller(token.getName(), Set.copyOf(token.getGroups()), regionsOf(token.getClaim(REGIONS_CLAIM)));
    }

    /** The token's subject, under which a caller's idempotency keys are kept. */
    public String name() {
        return name;
    }

    public Set<String> roles() {
        return roles;
    }

    public Set<String> regions() {
        return regions;
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean seesAllRegions() {
        return isAdmin() || regions.contains(ALL_REGIONS);
    }

    public boolean covers(String region) {
        return seesAllRegions() || regions.stream().anyMatch(scope -> RegionCode.covers(scope, region));
    }

    /** Refuses, with a 403 problem, anything in a region this caller's token does not cover. */
    public void requireRegion(String region) {
        if (!covers(region)) {
            throw ProblemException.forbidden("Your token does not cover region " + region
                    + " (it covers " + (regions.isEmpty() ? "no region" : String.join(", ", regions)) + ")");
        }
    }

    /**
     * Refuses, with a 403 problem naming {@code field}, a reference inside a request (an agency,
     * a service unit, an employee) to something in a region this caller's token does not cover.
     */
    public void requireReference(String field, String reference, String region) {
        if (!covers(region)) {
            String message = reference + " is in region " + region + ", which your token does not cover";
            throw new ProblemException(ProblemType.FORBIDDEN, message, List.of(new Problem.Violation(field, message)));
        }
    }

    @Override
    public String toString() {
        return "Caller[name=" + name + ", roles=" + roles + ", regions=" + regions + "]";
    }

    private static Set<String> regionsOf(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().map(value -> value instanceof JsonString s ? s.getString() : value.toString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof String single) {
            return Set.of(single);
        }
        return Set.of();
    }
}
