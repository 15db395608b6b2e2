package org.tandem.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.checkin.CheckInView;
import org.tandem.people.Actor;
import org.tandem.shared.InvalidInputException;

/**
 * The event stream of a check-in, for the pair only: to anyone else the check-in does not exist (404), as everywhere
 * (checkin's PairContent, decision 0070). The same stream has two doors: the API (token or Basic) and the page's
 * own address (the session), since the page's script cannot send a token.
 */
@RestController
@Tag(name = "Check-ins")
class LiveController {

    static final String API_EVENTS = "/api/v1/check-ins/{id}/events";
    /** Where the check-in page's script listens ({@code live-checkin.js} builds it from the page's address). */
    static final String PAGE_EVENTS = "/check-ins/{id}/events";
    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final CheckInService checkIns;
    private final LiveStreams streams;

    LiveController(CheckInService checkIns, LiveStreams streams) {
        this.checkIns = checkIns;
        this.streams = streams;
    }

    @GetMapping(path = {API_EVENTS, PAGE_EVENTS}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow a check-in live: an event whenever something the reader may see changes, and who of the pair is here",
            description = "Server-sent events: `id` is the position in the check-in's log (send it back as Last-Event-ID to resume), "
                    + "`event` is status.changed, section.changed, item.changed, note.changed, part.changed, presence or reset, "
                    + "`data` is JSON {checkInId, version, by, byName, part, item, at} — ids, never content. "
                    + "Comment lines every few seconds keep proxies from closing the stream.")
    SseEmitter events(Actor actor, @PathVariable CheckInId id,
            @Parameter(description = "The last event id received; the stream first sends what came after it")
            @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId) {
        Long resumeAfter = position(lastEventId);
        CheckInView checkIn = checkIns.get(actor, id);
        var reader = new LiveStreams.Reader(actor.organizationId().value(), actor.personId().value(), checkIn.id(),
                Map.of(checkIn.mentor().id(), checkIn.mentor().displayName(), checkIn.mentee().id(), checkIn.mentee().displayName()));
        return streams.open(reader, resumeAfter);
    }

    static Long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(LAST_EVENT_ID, "must be an event id this stream sent");
        }
    }
}
