package id.simonev.platform.paging;

import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list takes: {@code page} (from 0), {@code size} and {@code sort}. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    @Parameter(description = "Page number, from 0")
    public Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    @Parameter(description = "Items per page, 1 to 200")
    public Integer size;

    @QueryParam("sort")
    @Parameter(description = "A field, optionally followed by ',asc' or ',desc', e.g. startDate,desc")
    public String sort;

    /**
     * The order {@code sort} asks for among {@code sortable} (API field to entity path), then by
     * {@code identity} (the entity's unique path); an
     * unknown field or direction is a 400 problem naming {@code sort}.
     */
    public Sort sortAmong(Map<String, String> sortable, String defaultSort, String identity) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        String[] parts = requested.split(",", -1);
        String path = sortable.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (path == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.invalid("sort", "must be one of "
                    + sortable.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + ", optionally followed by ,asc or ,desc");
        }
        // The identity last, so that rows equal on the sort field keep one order from page to page.
        return Sort.by(path, direction.equals("asc") ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and(identity);
    }

    /** Fetches the requested page of {@code query}, mapping each entity to what the API shows. */
    public <E, T> Page<T> fetch(PanacheQuery<E> query, Function<E, T> view) {
        return new Page<>(query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(view).toList(),
                page, size, query.count());
    }
}
