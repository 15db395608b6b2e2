package org.tandem.feedback;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/** What every page behind a guest link answers with: the link is a secret, so its pages stay out of caches and search engines. */
public final class GuestResponses {

    private GuestResponses() {
    }

    public static void keepPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
