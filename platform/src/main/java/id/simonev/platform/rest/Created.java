package id.simonev.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created something: 201, its Location, and the created thing. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, Object id, Object created) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(created).build();
    }
}
