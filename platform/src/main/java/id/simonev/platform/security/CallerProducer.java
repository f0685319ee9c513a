package id.simonev.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Makes the caller of the current request injectable: read from its token once, when first used. */
@ApplicationScoped
class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(JsonWebToken token) {
        return Caller.of(token);
    }
}
