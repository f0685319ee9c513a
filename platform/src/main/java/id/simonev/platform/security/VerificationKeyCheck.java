package id.simonev.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without a key to verify tokens with: a service that would answer every
 * request with 401 is better caught at start-up, with the variable to set.
 */
@Singleton
public class VerificationKeyCheck {

    void check(@Observes StartupEvent event,
               @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
               @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key) {
        if (location.filter(value -> !value.isBlank()).isEmpty() && key.filter(value -> !value.isBlank()).isEmpty()) {
            throw new IllegalStateException("No key to verify bearer tokens with: set SIMONEV_JWT_PUBLIC_KEY_LOCATION "
                    + "to a PEM public key file or to the JWKS URL of the sign-in service");
        }
    }
}
