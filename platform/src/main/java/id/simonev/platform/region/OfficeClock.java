package id.simonev.platform.region;

import jakarta.enterprise.context.ApplicationScoped;
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
}
