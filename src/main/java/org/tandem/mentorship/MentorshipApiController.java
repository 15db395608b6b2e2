package org.tandem.mentorship;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.Actor;
import org.tandem.people.PersonId;
import org.tandem.program.Emphasis;
import org.tandem.program.ProgramId;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

@RestController
@Tag(name = "Mentorships")
class MentorshipApiController {

    static final String MENTORSHIPS = "/api/v1/mentorships";
    static final String MENTORSHIP = "/api/v1/mentorships/{id}";
    static final String CADENCE = "/api/v1/mentorships/{id}/cadence";
    static final String PREFERENCES = "/api/v1/mentorships/{id}/preferences";

    private final Mentorships mentorships;
    private final MentorshipViews views;

    MentorshipApiController(Mentorships mentorships, MentorshipViews views) {
        this.mentorships = mentorships;
        this.views = views;
    }

    @Schema(name = "MentorshipCadenceBody")
    record CadenceBody(Integer intervalDays, Integer durationMinutes, Instant firstAt) {
    }

    record MentorshipBody(UUID programId, UUID mentorId, UUID menteeId, CadenceBody cadence, Emphasis emphasis) {
    }

    record CadenceChange(Integer intervalDays, Integer durationMinutes, Instant nextAt) {
    }

    /** {@code shareRatingsWithMentor} left out keeps what the mentee chose before. */
    record PreferencesBody(Set<LearningModality> learningModalities, FeedbackStyle feedbackStyle, Boolean shareRatingsWithMentor) {
    }

    @PostMapping(MENTORSHIPS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MentorshipView> create(Actor actor, @RequestBody MentorshipBody body) {
        CadenceBody cadence = body.cadence() == null ? new CadenceBody(null, null, null) : body.cadence();
        var draft = new Mentorships.MentorshipDraft(
                body.programId() == null ? null : new ProgramId(body.programId()),
                body.mentorId() == null ? null : new PersonId(body.mentorId()),
                body.menteeId() == null ? null : new PersonId(body.menteeId()),
                cadence.intervalDays(), cadence.durationMinutes(), cadence.firstAt(), body.emphasis());
        Mentorship mentorship = mentorships.create(actor, draft);
        return ApiResponses.created(MENTORSHIP.replace("{id}", mentorship.id().toString()), mentorship.version(), views.of(mentorship));
    }

    /** One read-only transaction for the page and its names and programs (issue 17: at most two per token read). */
    @GetMapping(MENTORSHIPS)
    @Transactional(readOnly = true)
    Page<MentorshipView> list(Actor actor, @RequestParam(required = false) UUID programId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        Page<Mentorship> page = mentorships.list(actor, Optional.ofNullable(programId).map(ProgramId::new), PageRequest.of(limit, cursor));
        return new Page<>(views.of(actor.organizationId(), page.items()), page.nextCursor());
    }

    @GetMapping(MENTORSHIP)
    ResponseEntity<MentorshipView> get(Actor actor, @PathVariable MentorshipId id) {
        Mentorship mentorship = mentorships.visible(actor, id);
        return ApiResponses.current(mentorship.version(), views.of(mentorship));
    }

    @PutMapping(CADENCE)
    ResponseEntity<MentorshipView> cadence(Actor actor, @PathVariable MentorshipId id, @RequestBody CadenceChange body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Mentorship mentorship = mentorships.changeCadence(actor, id, body.intervalDays(), body.durationMinutes(), body.nextAt(),
                Versions.ifMatch(ifMatch));
        return ApiResponses.current(mentorship.version(), views.of(mentorship));
    }

    @PutMapping(PREFERENCES)
    ResponseEntity<MentorshipView> preferences(Actor actor, @PathVariable MentorshipId id, @RequestBody PreferencesBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        boolean share = body.shareRatingsWithMentor() != null ? body.shareRatingsWithMentor()
                : mentorships.visible(actor, id).preferences().shareRatingsWithMentor();
        Mentorship mentorship = mentorships.setPreferences(actor, id, new Preferences(body.learningModalities(), body.feedbackStyle(), share),
                Versions.ifMatch(ifMatch));
        return ApiResponses.current(mentorship.version(), views.of(mentorship));
    }
}
