package id.simonev.platform.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads enum query and path parameters so that an unknown value is a 400 problem naming the
 * parameter and the values it takes, rather than the 404 that JAX-RS answers by default.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = Arrays.stream(annotations).map(EnumParameters::parameterName)
                .filter(n -> n != null).findFirst().orElse("parameter");
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return (T) Enum.valueOf((Class) rawType, value);
                } catch (IllegalArgumentException e) {
                    String message = "must be one of " + Arrays.stream(rawType.getEnumConstants())
                            .map(Object::toString).collect(Collectors.joining(", "));
                    throw new BadRequestException(Response.status(400).type(Problem.MEDIA_TYPE)
                            .entity(new Problem(ProblemType.INVALID_REQUEST.uri(), ProblemType.INVALID_REQUEST.title(),
                                    400, name + " " + message, null, List.of(new Problem.Violation(name, message))))
                            .build());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
    }

    private static String parameterName(Annotation annotation) {
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        if (annotation instanceof PathParam path) {
            return path.value();
        }
        return null;
    }
}
