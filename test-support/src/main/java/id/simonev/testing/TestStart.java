package id.simonev.testing;

import java.time.Instant;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Notes when each test begins, so that {@link Topics} reads a topic from there on. Registered
 * with the launcher through {@code META-INF/services}; the note is a system property because a
 * Quarkus test runs in a class loader of its own, which sees another copy of this class.
 */
public class TestStart implements TestExecutionListener {

    private static final String PROPERTY = "simonev.test.started-at";

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.isTest()) {
            System.setProperty(PROPERTY, String.valueOf(System.currentTimeMillis()));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            System.clearProperty(PROPERTY);
        }
    }

    /** When the running test began; null outside a test. */
    static Instant current() {
        String started = System.getProperty(PROPERTY);
        return started == null ? null : Instant.ofEpochMilli(Long.parseLong(started));
    }
}
