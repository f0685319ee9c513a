package id.simonev.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses text holding the NUL character, which JSON allows and PostgreSQL cannot store: the
 * client gets a 400 naming the field instead of a failed write.
 */
@Singleton
public class TextWithoutNul implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("text-without-nul")
                .addDeserializer(String.class, new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String text = super.deserialize(parser, context);
                        if (text != null && text.indexOf('\0') >= 0) {
                            throw context.weirdStringException(text, String.class, "must not hold the NUL character");
                        }
                        return text;
                    }
                }));
    }
}
