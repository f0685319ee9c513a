package id.simonev.testing;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes sure a consumer service's copy of the register holds an agency, service unit or employee,
 * registering it on the topic as programs-service does and waiting until the service applied it.
 */
public final class Register {

    private Register() {
    }

    public static void ensureAgency(String code, String regionCode) {
        ensure("select count(*) from agency where code = ?1 and active", "AgencyRegistered", code, regionCode,
                Map.of("code", code, "name", "Dinas " + code, "regionCode", regionCode, "active", true));
    }

    public static void ensureServiceUnit(String code, String agencyCode, String regionCode) {
        ensureServiceUnit(code, agencyCode, regionCode, null);
    }

    /** A unit whose yearly number of service users (N) the register knows; null when it does not. */
    public static void ensureServiceUnit(String code, String agencyCode, String regionCode,
            Integer yearlyServiceUsers) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", "Unit " + code);
        data.put("agencyCode", agencyCode);
        data.put("regionCode", regionCode);
        data.put("yearlyServiceUsers", yearlyServiceUsers);
        data.put("active", true);
        ensure("select count(*) from service_unit where code = ?1 and active", "ServiceUnitRegistered", code,
                regionCode, data);
    }

    /**
     * An active PNS of {@code agencyCode} (or a PPPK, for a rank of the PPPK scale, {@code I}..{@code XVII}),
     * with what appraisal and evaluation need: jenis jabatan, golongan and atasan langsung (each may be null).
     * An active employee the copy already holds is left as it is.
     */
    public static void ensureEmployee(String nip, String agencyCode, String regionCode, String positionType,
            String rank, String supervisorNip) {
        Map<String, Object> data = new HashMap<>();
        data.put("nip", nip);
        data.put("name", "Pegawai " + nip);
        data.put("gender", nip.charAt(14) == '2' ? "P" : "L");
        data.put("agencyCode", agencyCode);
        data.put("regionCode", regionCode);
        data.put("position", null);
        data.put("status", rank == null || rank.contains("/") ? "PNS" : "PPPK");
        data.put("positionType", positionType);
        data.put("rank", rank);
        data.put("supervisorNip", supervisorNip);
        data.put("active", true);
        ensure("select count(*) from employee where nip = ?1 and active", "EmployeeRegistered", nip, regionCode,
                data);
    }

    private static void ensure(String countActive, String type, String code, String region, Map<String, ?> data) {
        if (!known(countActive, code)) {
            Topics.publish(Topics.PROGRAMS, code,
                    TestEvents.envelope(type, "programs-service", code, region, data).toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> known(countActive, code));
        }
    }

    private static boolean known(String countActive, String code) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(countActive)
                .setParameter(1, code).getSingleResult()).longValue() > 0);
    }
}
