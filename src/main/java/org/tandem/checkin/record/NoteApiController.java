package org.tandem.checkin.record;

import java.time.Instant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.checkin.CheckInContentService;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInView.NoteView;
import org.tandem.people.Actor;
import org.tandem.shared.RequestTime;

/** Notes on a check-in. A PRIVATE note answers its author only; to everyone else it is 404, never 403. */
@RestController
@Tag(name = "Check-ins")
class NoteApiController {

    static final String NOTES = "/api/v1/check-ins/{id}/notes";
    static final String NOTE = "/api/v1/notes/{noteId}";

    private final CheckInContentService content;

    NoteApiController(CheckInContentService content) {
        this.content = content;
    }

    record NoteBody(String text, String visibility) {
    }

    @PostMapping(NOTES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a note: PRIVATE (you only, forever) or PAIR (mentor and mentee)")
    ResponseEntity<NoteView> write(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody NoteBody body) {
        NoteView note = content.writeNote(actor, id, body.text(), body.visibility(), now);
        return ResponseEntity.created(URI.create(NOTE.replace("{noteId}", note.id().toString()))).body(note);
    }

    @GetMapping(NOTE)
    NoteView note(Actor actor, @PathVariable UUID noteId) {
        return content.note(actor, noteId);
    }
}
