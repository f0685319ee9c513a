package id.simonev.system;

import id.simonev.testing.KafkaBroker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The four packaged services (their Quarkus fast-jars), each a process of its own, against the
 * test run's PostgreSQL (databases {@code simonev_*_systest}, made by the test command) and a
 * Kafka broker of their own, configured by environment variables exactly as the run command
 * configures them. The broker is new, as an office's is: its topics hold only what this system
 * wrote, not the thousands of events the services' tests left on the test run's broker.
 */
final class RunningSystem implements AutoCloseable {

    static final List<String> SERVICES = List.of("programs", "surveys", "performance", "reporting");

    private static final int LOG_TAIL_LINES = 40;

    private final Path root = Path.of(System.getProperty("simonev.root", "..")).toAbsolutePath().normalize();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final KafkaBroker broker = KafkaBroker.prepare("system-test-broker");

    RunningSystem start() throws IOException, InterruptedException {
        // However the test JVM ends, the services end with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.values().forEach(Process::destroyForcibly)));
        Path logs = logs();
        Files.createDirectories(logs);
        broker.start();
        for (String service : SERVICES) {
            Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: the services are packaged before this test runs");
            }
            int port = freePort();
            ports.put(service, port);
            ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx256m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            Map<String, String> environment = builder.environment();
            environment.put("SIMONEV_" + service.toUpperCase() + "_PORT", String.valueOf(port));
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + env("SIMONEV_DB_HOST", "127.0.0.1")
                    + ":" + env("SIMONEV_DB_PORT", "5432") + "/simonev_" + service + "_systest"
                    + env("SIMONEV_TEST_DB_SUFFIX", ""));
            environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            environment.put("SIMONEV_JWT_PUBLIC_KEY_LOCATION",
                    root.resolve("test-support/src/main/resources/simonev-test-public-key.pem").toString());
            processes.put(service, builder.start());
        }
        for (String service : SERVICES) {
            awaitReady(service, logs);
        }
        return this;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private void awaitReady(String service, Path logs) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service + "-service exited; see " + logs.resolve(service + ".log"));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting up
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + "-service was not ready in 120 s; see " + logs.resolve(service + ".log"));
    }

    /** The last lines of each service's log, to show why the system did not do what a test expected. */
    String logTails() {
        StringBuilder tails = new StringBuilder();
        for (String service : SERVICES) {
            tails.append("--- the end of ").append(service).append("-service's log:\n");
            try {
                List<String> lines = Files.readAllLines(logs().resolve(service + ".log"));
                lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                        .forEach(line -> tails.append(line).append('\n'));
            } catch (IOException e) {
                tails.append("(unreadable: ").append(e.getMessage()).append(")\n");
            }
        }
        return tails.toString();
    }

    private Path logs() {
        return root.resolve("system-tests/target/service-logs");
    }

    @Override
    public void close() throws InterruptedException {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        broker.stop();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
