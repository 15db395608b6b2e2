package org.tandem.program;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.Actor;
import org.tandem.people.PersonId;
import org.tandem.shared.ApiResponses;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

@RestController
@Tag(name = "Programs")
class ProgramApiController {

    static final String PROGRAMS = "/api/v1/programs";
    static final String PROGRAM = "/api/v1/programs/{id}";
    static final String PLAYBOOKS = "/api/v1/programs/{id}/playbooks";

    private final Programs programs;

    ProgramApiController(Programs programs) {
        this.programs = programs;
    }

    record CadenceBody(Integer intervalDays, Integer durationMinutes) {
    }

    record ProgramBody(String name, UUID playbookId, CadenceBody defaultCadence, List<UUID> leadIds, Integer surveyThreshold) {
    }

    record ProgramView(UUID id, String name, UUID playbookId, List<UUID> variantIds, CadenceBody defaultCadence, List<UUID> leadIds,
                       int surveyThreshold, long version) {

        static ProgramView of(Program p) {
            return new ProgramView(p.id().value(), p.name(), p.playbookId().value(), p.variants().stream().map(PlaybookId::value).toList(),
                    new CadenceBody(p.defaultCadence().intervalDays(), p.defaultCadence().durationMinutes()),
                    p.leads().stream().map(PersonId::value).sorted().toList(), p.surveyThreshold(), p.version());
        }
    }

    @PostMapping(PROGRAMS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProgramView> create(Actor actor, @RequestBody ProgramBody body) {
        CadenceBody cadence = body.defaultCadence() == null ? new CadenceBody(null, null) : body.defaultCadence();
        var draft = new Programs.ProgramDraft(body.name(), body.playbookId() == null ? null : new PlaybookId(body.playbookId()),
                cadence.intervalDays(), cadence.durationMinutes(),
                leads(body.leadIds()), body.surveyThreshold());
        Program program = programs.create(actor, draft);
        return ApiResponses.created(PROGRAM.replace("{id}", program.id().toString()), program.version(), ProgramView.of(program));
    }

    @GetMapping(PROGRAMS)
    Page<ProgramView> list(Actor actor, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        Page<Program> page = PageRequest.of(limit, cursor).slice(programs.visibleTo(actor), p -> p.id().value());
        return new Page<>(page.items().stream().map(ProgramView::of).toList(), page.nextCursor());
    }

    private static List<PersonId> leads(List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.contains(null)) {
            throw new InvalidInputException("leadIds", "must not contain empty ids");
        }
        return ids.stream().map(PersonId::new).toList();
    }

    /** The program's own playbook and its variants, in the order they are weighed when two fit a mentee equally well. */
    record PlaybooksBody(UUID playbookId, List<UUID> variantIds) {
    }

    @PutMapping(PLAYBOOKS)
    ResponseEntity<ProgramView> assignPlaybooks(Actor actor, @PathVariable ProgramId id, @RequestBody PlaybooksBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        List<PlaybookId> variants = body.variantIds() == null ? List.of()
                : body.variantIds().stream().map(v -> v == null ? null : new PlaybookId(v)).toList();
        Program program = programs.assignPlaybooks(actor, id, body.playbookId() == null ? null : new PlaybookId(body.playbookId()),
                variants, Versions.ifMatch(ifMatch));
        return ApiResponses.current(program.version(), ProgramView.of(program));
    }

    @GetMapping(PROGRAM)
    ResponseEntity<ProgramView> get(Actor actor, @PathVariable ProgramId id) {
        Program program = programs.get(actor, id);
        return ApiResponses.current(program.version(), ProgramView.of(program));
    }
}
