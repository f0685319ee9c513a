package id.simonev.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event contract is what it claims: {@code contracts/asyncapi.yaml} is an AsyncAPI 3.0.0 document
 * (read by a YAML parser and checked against the official schema, as the AsyncAPI tools would),
 * whose channels, operations and messages refer to each other and to exactly the JSON Schemas in
 * {@code contracts/schemas}.
 */
class ContractFilesTests {

    private static final Path SCHEMAS = EventContract.schemasDir();
    private static final Path ASYNC_API = SCHEMAS.getParent().resolve("asyncapi.yaml");
    private static final String SCHEMA_FILE = ".schema.json";
    private static final String ENVELOPE = "envelope" + SCHEMA_FILE;

    /** A key given twice is an error, as in the AsyncAPI parser, not a silent overwrite. */
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Test
    void theAsyncApiDocumentIsAsyncApi300ByItsOfficialSchema() throws IOException {
        JsonNode document = asyncApi();
        assertEquals("3.0.0", document.path("asyncapi").asText());

        // The copy of the official schema refers only to itself, so nothing is fetched (see its README).
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:asyncapi/asyncapi-3.0.0.schema.json"))
                .validate(Files.readString(ASYNC_API), InputFormat.YAML);
        assertTrue(errors.isEmpty(), () -> "asyncapi.yaml breaks the AsyncAPI 3.0.0 schema: "
                + errors.stream().map(Error::toString).collect(Collectors.joining("; ")));
    }

    @Test
    void everyReferenceResolvesInsideTheDocumentOrToASchemaFile() throws IOException {
        JsonNode document = asyncApi();
        List<String> broken = new ArrayList<>();
        references(document).forEach(ref -> {
            boolean resolves = ref.startsWith("#")
                    ? !resolve(document, ref).isMissingNode()
                    : ref.startsWith("./schemas/") && Files.isRegularFile(SCHEMAS.getParent().resolve(ref).normalize());
            if (!resolves) {
                broken.add(ref);
            }
        });
        assertEquals(List.of(), broken, "references that lead nowhere");
    }

    @Test
    void everyChannelCarriesMessagesOfTheComponents() throws IOException {
        JsonNode document = asyncApi();
        Map<String, JsonNode> channels = fields(document.path("channels"));
        assertFalse(channels.isEmpty(), "the document has no channels");
        channels.forEach((channel, body) -> {
            assertTrue(body.path("address").asText().matches("simonev\\.[a-z]+\\.v\\d+"),
                    channel + " has no topic of the form simonev.<service>.v<n> as its address");
            Map<String, JsonNode> messages = fields(body.path("messages"));
            assertFalse(messages.isEmpty(), channel + " carries no message");
            messages.forEach((name, message) -> {
                String ref = message.path("$ref").asText();
                assertEquals("#/components/messages/" + name, ref, "channel " + channel + ", message " + name);
                assertTrue(resolve(document, ref).isObject(), ref + " of channel " + channel + " does not resolve");
            });
        });
    }

    @Test
    void everyMessageCarriesTheSchemaFileOfItsTypeAsPayload() throws IOException {
        Map<String, JsonNode> messages = fields(asyncApi().path("components").path("messages"));
        assertFalse(messages.isEmpty(), "the document has no messages");
        for (Map.Entry<String, JsonNode> message : messages.entrySet()) {
            String type = message.getKey();
            assertEquals(type, message.getValue().path("name").asText(), "the name of message " + type);
            String payload = message.getValue().path("payload").path("$ref").asText();
            assertEquals("./schemas/" + type + SCHEMA_FILE, payload, "the payload of " + type);
            Path schema = SCHEMAS.resolve(type + SCHEMA_FILE);
            assertTrue(Files.isRegularFile(schema), payload + " of message " + type + " is not a file");
            assertEquals(type, JSON.readTree(schema.toFile()).path("properties").path("type").path("const").asText(),
                    "the event type that " + payload + " fixes");
        }
    }

    @Test
    void everySchemaFileIsAMessagePayloadOrReferredToByOne() throws IOException {
        Set<String> used = new TreeSet<>();
        for (JsonNode message : fields(asyncApi().path("components").path("messages")).values()) {
            String payload = Path.of(message.path("payload").path("$ref").asText()).getFileName().toString();
            used.add(payload);
            references(JSON.readTree(SCHEMAS.resolve(payload).toFile())).stream()
                    .filter(ref -> !ref.startsWith("#"))
                    .forEach(ref -> used.add(Path.of(ref.split("#", 2)[0]).getFileName().toString()));
        }
        assertEquals(schemaFiles(), used, "the schema files against those the document uses");
    }

    @Test
    void everyOperationSendsMessagesOfAnExistingChannelAndEveryMessageIsSent() throws IOException {
        JsonNode document = asyncApi();
        Map<String, JsonNode> operations = fields(document.path("operations"));
        assertFalse(operations.isEmpty(), "the document has no operations");
        Set<String> sent = new HashSet<>();
        operations.forEach((operation, body) -> {
            assertEquals("send", body.path("action").asText(), operation + ": the services publish, they do not "
                    + "receive from one another's channels here");
            String channel = body.path("channel").path("$ref").asText();
            assertTrue(channel.matches("#/channels/[^/]+") && resolve(document, channel).isObject(),
                    operation + " refers to no channel of the document: '" + channel + "'");
            for (JsonNode message : body.path("messages")) {
                String ref = message.path("$ref").asText();
                assertTrue(ref.startsWith(channel + "/messages/") && resolve(document, ref).isObject(),
                        operation + " sends " + ref + ", which is not a message of its channel " + channel);
                sent.add(ref);
            }
        });
        Set<String> carried = new TreeSet<>();
        fields(document.path("channels")).forEach((channel, body) -> fields(body.path("messages")).keySet()
                .forEach(message -> carried.add("#/channels/" + channel + "/messages/" + message)));
        assertEquals(carried, new TreeSet<>(sent), "the messages the channels carry against those operations send");
    }

    @Test
    void everyEventSchemaBuildsOnTheEnvelopeAndFixesItsType() throws IOException {
        for (String file : schemaFiles()) {
            if (file.equals(ENVELOPE)) {
                continue;
            }
            JsonNode schema = JSON.readTree(SCHEMAS.resolve(file).toFile());
            String type = file.replace(SCHEMA_FILE, "");
            assertTrue(schema.path("allOf").findValuesAsText("$ref").contains(ENVELOPE),
                    type + " must build on the envelope");
            assertEquals(type, schema.path("properties").path("type").path("const").asText(),
                    type + " must fix its type");
        }
    }

    private static JsonNode asyncApi() throws IOException {
        return YAML.readTree(ASYNC_API.toFile());
    }

    /** A reference inside the document, {@code #/a/b}, or the missing node. */
    private static JsonNode resolve(JsonNode document, String ref) {
        return document.at(ref.substring(1));
    }

    /** Every {@code $ref} value anywhere in the tree. */
    private static List<String> references(JsonNode tree) {
        return tree.findValues("$ref").stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    private static Set<String> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SCHEMA_FILE))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
