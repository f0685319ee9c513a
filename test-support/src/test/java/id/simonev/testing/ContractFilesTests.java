package id.simonev.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The event contract hangs together: the AsyncAPI document names exactly the schemas there are. */
class ContractFilesTests {

    private static final Pattern SCHEMA_REF = Pattern.compile("\\$ref: '\\./schemas/([A-Za-z]+)\\.schema\\.json'");

    @Test
    void theAsyncApiDocumentReferencesEverySchemaAndOnlySchemasThatExist() throws IOException {
        Path schemas = EventContract.schemasDir();
        String asyncApi = Files.readString(schemas.getParent().resolve("asyncapi.yaml"));
        Matcher references = SCHEMA_REF.matcher(asyncApi);
        Set<String> referenced = references.results().map(match -> match.group(1)).collect(Collectors.toSet());
        Set<String> eventSchemas;
        try (Stream<Path> files = Files.list(schemas)) {
            eventSchemas = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".schema.json") && !name.equals("envelope.schema.json"))
                    .map(name -> name.replace(".schema.json", ""))
                    .collect(Collectors.toSet());
        }

        assertEquals(eventSchemas, referenced);
    }

    @Test
    void everyEventSchemaBuildsOnTheEnvelopeAndFixesItsType() throws IOException {
        try (Stream<Path> files = Files.list(EventContract.schemasDir())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("envelope")).toList()) {
                String schema = Files.readString(file);
                String type = file.getFileName().toString().replace(".schema.json", "");
                assertTrue(schema.contains("{\"$ref\": \"envelope.schema.json\"}"), type + " must build on the envelope");
                assertTrue(schema.contains("\"type\": {\"const\": \"" + type + "\"}"), type + " must fix its type");
            }
        }
    }
}
