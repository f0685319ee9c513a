package id.simonev.platform.nip;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Reads a path or query parameter marked {@link ValidNip} in either spelling of a NIP, so that
 * {@code /employees/19671110 199203 1 001} finds the same employee as the 18 digits; the
 * constraint then refuses, with the parser's reason, what is not a NIP.
 */
@Provider
public class NipParameters implements ParamConverterProvider {

    private static final ParamConverter<String> CANONICAL = new ParamConverter<>() {
        @Override
        public String fromString(String value) {
            return Nip.canonical(value);
        }

        @Override
        public String toString(String value) {
            return value;
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean nip = rawType == String.class && Arrays.stream(annotations).anyMatch(ValidNip.class::isInstance);
        return nip ? (ParamConverter<T>) CANONICAL : null;
    }
}
