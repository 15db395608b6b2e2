package org.tandem.shared;

import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * The answers API controllers give: created (with Location), current (with its version as ETag), and created with
 * a one-time secret, which no cache and no idempotency replay may keep.
 */
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

    /**
     * 201 with the new resource's address and a body holding a secret shown this once (a token, a guest link):
     * {@code Cache-Control: no-store}, which also tells the idempotency filter to remember only that the request
     * succeeded, never the secret itself.
     */
    public static <T> ResponseEntity<T> createdWithSecret(String location, T body) {
        return ResponseEntity.created(URI.create(location)).cacheControl(CacheControl.noStore()).body(body);
    }
}
