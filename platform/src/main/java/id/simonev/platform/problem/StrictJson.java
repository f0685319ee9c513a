package id.simonev.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * How every service reads JSON: strictly, so that a mistaken client learns of its mistake at once
 * instead of finding something else stored. A field the request does not have, a key given twice,
 * a value of another JSON type than the field's ({@code "4"} for 4, {@code 1.5} for a whole
 * number, {@code 0} for an enum constant, a number for a date, null for 0) and text that
 * PostgreSQL cannot store as it was sent (the NUL character, half of a UTF-16 surrogate pair) are
 * all refused; the {@link ProblemMappers} turn each refusal into a 400 naming the field.
 *
 * <p>Events are read with this mapper too, but as tolerant readers ({@code EventEnvelope.dataAs}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** For each kind of field, the JSON types that are not its own and are refused rather than converted. */
    private static final Map<LogicalType, List<CoercionInputShape>> REFUSED = Map.of(
            LogicalType.Integer, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Float, CoercionInputShape.Boolean),
            // A whole number is a number: 70 is a passing score of 70.0.
            LogicalType.Float, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Boolean),
            LogicalType.Boolean, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Integer, CoercionInputShape.Float),
            LogicalType.Textual, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean),
            LogicalType.Enum, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.EmptyString),
            LogicalType.DateTime, List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.EmptyString));

    @Override
    @SuppressWarnings("deprecation") // a customizer gets the mapper built, not its builder
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // Otherwise an enum also takes its position as a string ("0").
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        REFUSED.forEach((type, shapes) -> shapes.forEach(shape ->
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail)));
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableText()));
    }

    /** Text refused for a character it holds; the message says which. */
    static final class UnstorableText extends InvalidFormatException {

        UnstorableText(JsonParser parser, String message, String text) {
            super(parser, message, text, String.class);
        }
    }

    /** Text as PostgreSQL stores it: without the NUL character or half of a surrogate pair. */
    private static final class StorableText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            if (text.indexOf('\0') >= 0) {
                throw new UnstorableText(parser, "must not hold the NUL character", text);
            }
            if (hasLoneSurrogate(text)) {
                throw new UnstorableText(parser, "must be Unicode text, without half of a UTF-16 surrogate pair", text);
            }
            return text;
        }

        /** A well-formed pair is one code point; half of one is a code point of its own, in the surrogate range. */
        private static boolean hasLoneSurrogate(String text) {
            return text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
        }
    }
}
