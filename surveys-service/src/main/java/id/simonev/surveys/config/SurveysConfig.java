package id.simonev.surveys.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "simonev.surveys")
public interface SurveysConfig {

    /**
     * Where citizens reach this service: a campaign's link is this followed by {@code /s/} and its
     * public code, printed on the counter's QR code. Set it to the public address in production.
     */
    @WithDefault("http://localhost:8082")
    String publicBaseUrl();
}
