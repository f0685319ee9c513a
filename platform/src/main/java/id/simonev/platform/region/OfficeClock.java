package id.simonev.platform.region;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of Bean Validation's date constraints ({@code @PastOrPresent}...): the offices'
 * zone, so that a survey dated today in Indonesia is not "in the future" on a server that runs
 * in UTC before 07:00 WIB. Quarkus gives the validator this bean.
 */
@ApplicationScoped
public class OfficeClock implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(OfficeDate.ZONE);
    }

    /**
     * The clock of the rules that read the time themselves (the windows of rate limits): the same,
     * unless a test puts a clock it sets in its place, to assert what depends on the time without
     * waiting for it.
     */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return getClock();
    }
}
