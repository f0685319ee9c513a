package id.simonev.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.List;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test key that every service trusts in its test
 * profile ({@code simonev-test-public-key.pem}). Never trusted outside tests.
 */
public final class Tokens {

    public static final String ISSUER = "https://simonev.id/issuer";
    private static final PrivateKey TEST_KEY = readTestKey();

    private Tokens() {
    }

    public static String admin() {
        return token("admin", Set.of("admin"), List.of());
    }

    public static String operator(String... regions) {
        return token("operator", Set.of("operator"), List.of(regions));
    }

    public static String analyst(String... regions) {
        return token("analyst", Set.of("analyst"), List.of(regions));
    }

    public static String token(String name, Set<String> roles, List<String> regions) {
        return Jwt.issuer(ISSUER).upn(name + "@test").groups(roles).claim("regions", regions)
                .expiresIn(3600).sign(TEST_KEY);
    }

    /** A well-formed admin token signed with a key no service trusts. */
    public static String signedWithUnknownKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).upn("intruder@test").groups(Set.of("admin")).expiresIn(3600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An admin token signed with the test key that expired an hour ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).upn("admin@test").groups(Set.of("admin"))
                .issuedAt(now - 7200).expiresAt(now - 3600).sign(TEST_KEY);
    }

    private static PrivateKey readTestKey() {
        try {
            return KeyUtils.readPrivateKey("/simonev-test-private-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException("The test signing key is missing from test-support", e);
        }
    }
}
