package id.simonev.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Kafka broker for one test class alone, run by {@code scripts/kafka.sh} like every other
 * broker of the project, which the test can take away and bring back (keeping its topics) to
 * see what the service does while Kafka is unreachable.
 */
public class BrokerOfItsOwn implements QuarkusTestResourceLifecycleManager {

    private static Path directory;
    private static int port;
    private static int controllerPort;

    @Override
    public Map<String, String> start() {
        try {
            // Under the test run's directory when there is one, so that the test command stops it whatever happens.
            String runDirectory = System.getenv("SIMONEV_TEST_RUN_DIR");
            directory = runDirectory == null ? Files.createTempDirectory("simonev-broker-of-its-own")
                    : Files.createTempDirectory(Path.of(runDirectory), "broker-of-its-own");
            port = freePort();
            controllerPort = freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        bringBack();
        return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        takeAway();
    }

    /** Stops the broker; its data stays for {@link #bringBack()}. */
    public static void takeAway() {
        kafka("stop", directory.toString());
    }

    public static void bringBack() {
        kafka("start", directory.toString(), String.valueOf(port), String.valueOf(controllerPort));
    }

    private static void kafka(String... arguments) {
        Path script = Path.of(System.getProperty("simonev.root", "..")).resolve("scripts/kafka.sh");
        String[] command = new String[arguments.length + 1];
        command[0] = script.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("scripts/kafka.sh " + String.join(" ", arguments) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
