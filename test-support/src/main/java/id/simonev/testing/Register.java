package id.simonev.testing;

import static org.awaitility.Awaitility.await;

import id.simonev.inbox.RegisterReplica;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes sure a consumer service's copy of the register holds an agency or service unit,
 * registering it on the topic as programs-service does and waiting until the service applied it.
 */
public final class Register {

    private Register() {
    }

    public static void ensureAgency(RegisterReplica replica, String code, String regionCode) {
        ensure(() -> known(() -> replica.requireActiveAgency("agency", code)), "AgencyRegistered", code, regionCode,
                Map.of("code", code, "name", "Dinas " + code, "regionCode", regionCode, "active", true));
    }

    public static void ensureServiceUnit(RegisterReplica replica, String code, String agencyCode, String regionCode) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", "Unit " + code);
        data.put("agencyCode", agencyCode);
        data.put("regionCode", regionCode);
        data.put("yearlyServiceUsers", null);
        data.put("active", true);
        ensure(() -> known(() -> replica.requireActiveServiceUnit("serviceUnit", code)), "ServiceUnitRegistered",
                code, regionCode, data);
    }

    private static void ensure(Supplier<Boolean> known, String type, String code, String region, Map<String, ?> data) {
        if (!inTransaction(known)) {
            Topics.publish(Topics.PROGRAMS, code,
                    TestEvents.envelope(type, "programs-service", code, region, data).toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> inTransaction(known));
        }
    }

    private static boolean known(Supplier<?> lookup) {
        try {
            lookup.get();
            return true;
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    private static boolean inTransaction(Supplier<Boolean> check) {
        return QuarkusTransaction.requiringNew().call(check::get);
    }
}
