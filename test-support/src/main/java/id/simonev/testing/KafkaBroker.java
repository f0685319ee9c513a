package id.simonev.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real Kafka broker of a test's own, on free ports, run by {@code scripts/kafka.sh} like every
 * other broker of the project. It lives under the test run's directory when there is one, so that
 * the test command stops it whatever happens; it can be stopped and started again, keeping its topics.
 */
public final class KafkaBroker {

    private final Path directory;
    private final int port;
    private final int controllerPort;

    private KafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker not yet started, in a directory of its own named after {@code purpose}. */
    public static KafkaBroker prepare(String purpose) {
        try {
            String runDirectory = System.getenv("SIMONEV_TEST_RUN_DIR");
            Path directory = runDirectory == null ? Files.createTempDirectory("simonev-" + purpose)
                    : Files.createTempDirectory(Path.of(runDirectory), purpose);
            return new KafkaBroker(directory, freePort(), freePort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public void start() {
        kafka("start", directory.toString(), String.valueOf(port), String.valueOf(controllerPort));
    }

    /** Stops the broker; its data stays for {@link #start()}. */
    public void stop() {
        kafka("stop", directory.toString());
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
