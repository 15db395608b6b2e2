package org.tandem.program;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.tandem.people.Role;
import org.tandem.program.Playbook.PlaybookDraft;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

@RestController
@Tag(name = "Playbooks")
class PlaybookApiController {

    static final String PLAYBOOKS = "/api/v1/playbooks";
    static final String PLAYBOOK = "/api/v1/playbooks/{id}";

    private final Playbooks playbooks;

    PlaybookApiController(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    record AudienceBody(Set<Role> roles, Set<String> seniorities) {
    }

    /**
     * A section as sent: {@code core} (default false) keeps it on every pair's agenda; {@code minMinutes} and
     * {@code maxMinutes} (default: the section's minutes) bound the timebox a pair may give it.
     */
    record SectionBody(SectionKind kind, String title, int minutes, List<String> prompts, Boolean core, Integer minMinutes,
                       Integer maxMinutes) {

        PlaybookSection section() {
            return new PlaybookSection(kind, title, minutes, prompts, Boolean.TRUE.equals(core),
                    minMinutes == null ? minutes : minMinutes, maxMinutes == null ? minutes : maxMinutes);
        }
    }

    record PlaybookBody(String name, List<SectionBody> sections, Emphasis emphasis, AudienceBody audience) {

        PlaybookDraft draft() {
            return new PlaybookDraft(name, sections == null ? null : sections.stream().map(s -> s == null ? null : s.section()).toList(), emphasis,
                    audience == null ? null : new Audience(audience.roles(), audience.seniorities()));
        }
    }

    record PlaybookView(UUID id, String name, int playbookVersion, Emphasis emphasis, AudienceBody audience,
                        List<PlaybookSection> sections, int totalMinutes, Instant versionCreatedAt, long version) {

        static PlaybookView of(Playbook p) {
            return new PlaybookView(p.id().value(), p.name(), p.number(), p.emphasis(),
                    new AudienceBody(p.audience().roles(), p.audience().seniorities()), p.sections(), p.totalMinutes(),
                    p.createdAt(), p.version());
        }
    }

    @PostMapping(PLAYBOOKS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlaybookView> create(Actor actor, @RequestBody PlaybookBody body) {
        Playbook playbook = playbooks.create(actor, body.draft());
        return ApiResponses.created(PLAYBOOK.replace("{id}", playbook.id().toString()), playbook.version(), PlaybookView.of(playbook));
    }

    @GetMapping(PLAYBOOKS)
    Page<PlaybookView> list(Actor actor, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        Page<Playbook> page = PageRequest.of(limit, cursor).slice(playbooks.list(actor.organizationId()), p -> p.id().value());
        return new Page<>(page.items().stream().map(PlaybookView::of).toList(), page.nextCursor());
    }

    @GetMapping(PLAYBOOK)
    ResponseEntity<PlaybookView> get(Actor actor, @PathVariable PlaybookId id, @RequestParam(required = false) Integer version) {
        Playbook playbook = version == null ? playbooks.get(actor.organizationId(), id) : playbooks.version(actor.organizationId(), id, version);
        return ApiResponses.current(playbook.version(), PlaybookView.of(playbook));
    }

    /** Editing makes the next version; check-ins already scheduled keep the version they copied. */
    @PutMapping(PLAYBOOK)
    ResponseEntity<PlaybookView> revise(Actor actor, @PathVariable PlaybookId id, @RequestBody PlaybookBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Playbook playbook = playbooks.revise(actor, id, body.draft(), Versions.ifMatch(ifMatch));
        return ApiResponses.current(playbook.version(), PlaybookView.of(playbook));
    }
}
