package org.tandem.mentorship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.Actor;
import org.tandem.program.Emphasis;
import org.tandem.program.PlaybookSection;
import org.tandem.program.SectionKind;
import org.tandem.program.Tailoring;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.RequestTime;
import org.tandem.shared.Versions;

/** The playbook a pair follows, and the pair tailoring it (decision 0086). */
@RestController
@Tag(name = "Mentorships")
class PairPlaybookApiController {

    static final String PLAYBOOK = "/api/v1/mentorships/{id}/playbook";

    private final PairPlaybooks pairPlaybooks;

    PairPlaybookApiController(PairPlaybooks pairPlaybooks) {
        this.pairPlaybooks = pairPlaybooks;
    }

    record TailoredSectionBody(SectionKind kind, int minutes, List<String> addedPrompts) {
    }

    /**
     * The sections the pair keeps, in its order; a section of the playbook left out is dropped (core sections cannot be).
     * {@code version}: the tailoring's version the pair read (0 before the first), or If-Match.
     */
    record TailoringBody(List<TailoredSectionBody> sections, Long version) {

        Tailoring tailoring() {
            return new Tailoring(sections == null ? List.of() : sections.stream()
                    .map(s -> s == null ? null : new Tailoring.TailoredSection(s.kind(), s.minutes(), s.addedPrompts())).toList());
        }
    }

    record SectionView(SectionKind kind, String title, int minutes, List<String> prompts, List<String> addedPrompts, boolean core,
                       int minMinutes, int maxMinutes) {
    }

    record TailoredView(int basedOnVersion, UUID tailoredBy, Instant tailoredAt) {
    }

    record PairPlaybookView(UUID mentorshipId, UUID playbookId, String name, int playbookVersion, Emphasis emphasis,
                            List<SectionView> agenda, int totalMinutes, List<SectionKind> dropped, TailoredView tailoring, long version) {

        static PairPlaybookView of(PairPlaybook p) {
            return new PairPlaybookView(p.mentorshipId().value(), p.playbook().id().value(), p.playbook().name(), p.playbook().number(),
                    p.playbook().emphasis(), p.agenda().stream().map(s -> view(p, s)).toList(), p.totalMinutes(),
                    p.dropped().stream().map(PlaybookSection::kind).toList(),
                    p.tailored().map(t -> new TailoredView(t.basedOnNumber(), t.by().value(), t.at())).orElse(null), p.version());
        }

        private static SectionView view(PairPlaybook p, PlaybookSection s) {
            return new SectionView(s.kind(), s.title(), s.minutes(), s.prompts(), p.addedPrompts(s), s.core(), s.minMinutes(), s.maxMinutes());
        }
    }

    @GetMapping(PLAYBOOK)
    @Operation(summary = "The playbook the pair follows: chosen by its program for the mentee, with the pair's tailoring applied")
    ResponseEntity<PairPlaybookView> get(Actor actor, @PathVariable MentorshipId id) {
        PairPlaybook playbook = pairPlaybooks.visible(actor, id);
        return ApiResponses.current(playbook.version(), PairPlaybookView.of(playbook));
    }

    @PutMapping(PLAYBOOK)
    @Operation(summary = "The pair tailors its playbook within the playbook's limits; check-ins already planned keep their agenda")
    ResponseEntity<PairPlaybookView> tailor(Actor actor, @PathVariable MentorshipId id, @RequestBody TailoringBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestTime Instant now) {
        PairPlaybook playbook = pairPlaybooks.tailor(actor, id, body.tailoring(), Versions.basedOn(ifMatch, body.version()), now);
        return ApiResponses.current(playbook.version(), PairPlaybookView.of(playbook));
    }
}
