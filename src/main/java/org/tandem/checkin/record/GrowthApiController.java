package org.tandem.checkin.record;

import java.time.Instant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

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
import org.tandem.checkin.CheckInView.AnswerView;
import org.tandem.people.Actor;
import org.tandem.program.Prompt;
import org.tandem.shared.Page;
import org.tandem.shared.RequestTime;

/** The growth conversation of a check-in: the questions still open, answers, and questions skipped. */
@RestController
@Tag(name = "Check-ins")
class GrowthApiController {

    static final String QUESTIONS = "/api/v1/check-ins/{id}/questions";
    static final String ANSWERS = "/api/v1/check-ins/{id}/answers";
    static final String SKIP = "/api/v1/check-ins/{id}/questions/{promptId}/skip";

    private final CheckInContentService content;

    GrowthApiController(CheckInContentService content) {
        this.content = content;
    }

    @Schema(name = "GrowthAnswerBody")
    record AnswerBody(String promptId, String question, String answer) {
    }

    @GetMapping(QUESTIONS)
    @Operation(summary = "Growth questions of the library still open in this check-in, for its emphasis first")
    Page<Prompt> questions(Actor actor, @PathVariable CheckInId id) {
        List<Prompt> open = content.openQuestions(actor, id);
        return new Page<>(open, null);
    }

    @PostMapping(ANSWERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer a library question (promptId) or one of your own (question)")
    ResponseEntity<AnswerView> answer(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @RequestBody AnswerBody body) {
        return CheckInContentApiController.created(id, content.answer(actor, id, body.promptId(), body.question(), body.answer(), now));
    }

    @PostMapping(SKIP)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> skip(Actor actor, @RequestTime Instant now, @PathVariable CheckInId id, @PathVariable String promptId) {
        content.skipPrompt(actor, id, promptId, now);
        return ResponseEntity.noContent().build();
    }
}
