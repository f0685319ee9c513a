package id.simonev.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Checks an event against its JSON Schema in {@code contracts/schemas}, the public event contract. */
public final class EventContract {

    /** Reads the schemas, and the envelope schema they refer to, from the contracts folder. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(EventContract::readContractFile));

    private EventContract() {
    }

    public static void assertValid(JsonNode event) {
        String type = event.path("type").asText();
        Path schema = schemasDir().resolve(type + ".schema.json");
        assertTrue(Files.exists(schema), "contracts/schemas has no schema for event type '" + type + "'");
        Schema validator = REGISTRY.getSchema(SchemaLocation.of(schema.toUri().toString()));
        List<Error> errors = validator.validate(event.toString(), InputFormat.JSON);
        if (!errors.isEmpty()) {
            fail(type + " breaks its contract: " + errors.stream().map(Error::toString)
                    .collect(Collectors.joining("; ")) + "\n" + event.toPrettyString());
        }
    }

    private static String readContractFile(String iri) {
        if (!iri.startsWith("file:")) {
            return null;
        }
        try {
            return Files.readString(Path.of(URI.create(iri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path schemasDir() {
        String dir = System.getProperty("simonev.contracts.dir");
        if (dir == null) {
            throw new IllegalStateException("simonev.contracts.dir is not set; the parent pom sets it for every test run");
        }
        return Path.of(dir, "schemas");
    }
}
