package org.tandem.shared;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/** The two answers every API controller gives for a versioned resource: created (with Location) and current. */
public final class ApiResponses {

    private ApiResponses() {
    }

    /** 201 with the new resource's address, its version as ETag, and the resource. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(Versions.etag(version)).body(body);
    }

    /** 200 with the resource and its version as ETag. */
    public static <T> ResponseEntity<T> current(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
