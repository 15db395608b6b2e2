package org.tandem.notify;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The feed calendar apps subscribe to; the secret token in the path is the only credential. */
@RestController
class CalendarFeedController {

    static final String FEED = "/calendar/{token}.ics";
    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Calendars calendars;

    CalendarFeedController(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping(FEED)
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendars.feed(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No calendar at this address. It may have been replaced by a newer one."));
    }
}
