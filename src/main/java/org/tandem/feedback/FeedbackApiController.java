package org.tandem.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.Actor;

/** The feedback check for scripts and integrations: nothing is saved. */
@RestController
@Tag(name = "Feedback")
class FeedbackApiController {

    static final String CHECK = "/api/v1/feedback/check";

    private final FeedbackQuality quality;

    FeedbackApiController(FeedbackQuality quality) {
        this.quality = quality;
    }

    /** {@code eventOn}, when given, is the day the feedback is about; the check then says when it comes too late. */
    record CheckRequest(String text, LocalDate eventOn) {
    }

    record CheckResult(List<Finding> findings) {
    }

    @PostMapping(CHECK)
    @Operation(summary = "Check a feedback text", description = "Findings {rule, start, end, message, suggestion} with character "
            + "offsets into the text (end exclusive). Rules: TRAIT_LANGUAGE, VAGUE, NOT_ACTIONABLE, ABSOLUTE, STALE. At most "
            + FeedbackQuality.MAX_LENGTH + " characters.")
    CheckResult check(Actor actor, @RequestBody(required = false) CheckRequest body) {
        String text = FeedbackQuality.requireCheckable("text", body == null ? null : body.text());
        LocalDate eventOn = body.eventOn();
        return new CheckResult(quality.check(text, eventOn, eventOn == null ? null : quality.today(actor.timeZone())));
    }
}
