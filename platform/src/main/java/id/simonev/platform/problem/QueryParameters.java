package id.simonev.platform.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads enum, whole-number, date and true/false query parameters so that a value that does not convert
 * is a 400 problem naming the parameter and what it takes, rather than the 404 that JAX-RS answers
 * by default, or for true/false a silent false ({@code dryRun=yes} must not import for real).
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            String expected = "must be one of " + Arrays.stream(rawType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return converter(name, expected, value -> (T) Enum.valueOf((Class) rawType, value));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return converter(name, "must be a whole number", value -> (T) Integer.valueOf(value));
        }
        if (rawType == LocalDate.class) {
            return converter(name, "must be a date (yyyy-mm-dd)", value -> (T) LocalDate.parse(value));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return converter(name, "must be true or false", value -> (T) trueOrFalse(value));
        }
        return null;
    }

    private static Boolean trueOrFalse(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw new BadRequestException(Response.status(400).type(Problem.MEDIA_TYPE)
                            .entity(new Problem(ProblemType.INVALID_REQUEST.uri(), ProblemType.INVALID_REQUEST.title(),
                                    400, name + " " + expected, null, List.of(new Problem.Violation(name, expected))))
                            .build());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
