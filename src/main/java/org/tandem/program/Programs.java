package org.tandem.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonId;
import org.tandem.people.Role;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Versions;

/** Setting up programs and deciding who sees them: admins all of their organization, leads the ones they lead. */
@Service
public class Programs {

    static final int MAX_VARIANTS = 10;

    private final ProgramRepository programs;
    private final Playbooks playbooks;
    private final PeopleService people;
    private final Clock clock;

    Programs(ProgramRepository programs, Playbooks playbooks, PeopleService people, Clock clock) {
        this.programs = programs;
        this.playbooks = playbooks;
        this.people = people;
        this.clock = clock;
    }

    public record ProgramDraft(String name, PlaybookId playbookId, Integer intervalDays, Integer durationMinutes,
                               List<PersonId> leadIds, Integer surveyThreshold) {
    }

    @Transactional
    public Program create(Actor actor, ProgramDraft draft) {
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads set up programs");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            errors.add(new FieldError("name", "is required and at most 200 characters"));
        }
        if (draft.playbookId() == null) {
            errors.add(new FieldError("playbookId", "is required"));
        }
        errors.addAll(Cadence.problems("defaultCadence.", draft.intervalDays(), draft.durationMinutes()));
        int threshold = draft.surveyThreshold() == null ? Program.DEFAULT_SURVEY_THRESHOLD : draft.surveyThreshold();
        if (threshold < Program.MIN_SURVEY_THRESHOLD) {
            errors.add(new FieldError("surveyThreshold", "must be at least " + Program.MIN_SURVEY_THRESHOLD + " so no answer can be traced to one person"));
        }
        Set<PersonId> leads = new LinkedHashSet<>(draft.leadIds() == null ? List.of() : draft.leadIds());
        if (leads.isEmpty() && actor.is(Role.PROGRAM_LEAD)) {
            leads.add(actor.personId());
        }
        for (PersonId lead : leads) {
            var person = people.find(actor.organizationId(), lead);
            if (person.isEmpty() || !person.get().active() || !(person.get().has(Role.PROGRAM_LEAD) || person.get().has(Role.ADMIN))) {
                errors.add(new FieldError("leadIds", lead + " is not an active program lead or admin of this organization"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            playbooks.get(actor.organizationId(), draft.playbookId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("playbookId", "is not a playbook of this organization");
        }
        var program = new Program(new ProgramId(Ids.next()), actor.organizationId(), draft.name().trim(), draft.playbookId(), List.of(),
                new Cadence(draft.intervalDays(), draft.durationMinutes()), leads, threshold, clock.instant(), 0);
        programs.insert(program);
        return program;
    }

    /**
     * Gives the program another playbook and its variants (decision 0086). Check-ins already planned keep the agenda
     * they copied; those planned from now on follow the new choice.
     */
    @Transactional
    public Program assignPlaybooks(Actor actor, ProgramId id, PlaybookId playbook, List<PlaybookId> variants, OptionalLong expectedVersion) {
        Program program = get(actor, id);
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only admins and program leads choose a program's playbooks");
        }
        Versions.check("Program " + program.name(), expectedVersion, program.version());
        List<FieldError> errors = new ArrayList<>();
        if (playbook == null) {
            errors.add(new FieldError("playbookId", "is required"));
        } else if (playbooks.find(actor.organizationId(), playbook).isEmpty()) {
            errors.add(new FieldError("playbookId", "is not a playbook of this organization"));
        }
        List<PlaybookId> chosen = variants == null ? List.of() : variants;
        if (chosen.size() > MAX_VARIANTS) {
            errors.add(new FieldError("variantIds", "at most " + MAX_VARIANTS + " variants"));
        }
        for (PlaybookId variant : chosen) {
            if (variant == null || playbooks.find(actor.organizationId(), variant).isEmpty()) {
                errors.add(new FieldError("variantIds", variant + " is not a playbook of this organization"));
            } else if (variant.equals(playbook)) {
                errors.add(new FieldError("variantIds", "the program's own playbook is not also one of its variants"));
            }
        }
        if (new LinkedHashSet<>(chosen).size() != chosen.size()) {
            errors.add(new FieldError("variantIds", "names a playbook twice"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        programs.updatePlaybooks(program.withPlaybooks(playbook, chosen));
        return find(actor.organizationId(), id);
    }

    /**
     * The playbook, at its current version, a mentorship of this program follows: the variant that fits its mentee
     * best, else the program's own ({@link PlaybookChoice}).
     */
    public Playbook playbookFor(Program program, PersonId mentee) {
        Playbook own = playbooks.get(program.organizationId(), program.playbookId());
        if (program.variants().isEmpty()) {
            return own;
        }
        var person = people.find(program.organizationId(), mentee);
        if (person.isEmpty()) {
            return own;
        }
        List<Playbook> variants = program.variants().stream().map(v -> playbooks.get(program.organizationId(), v)).toList();
        return PlaybookChoice.choose(own, variants, person.get().roles(), person.get().seniority());
    }

    /** Visible to admins and the program's leads; everyone else is told it does not exist. */
    public Program get(Actor actor, ProgramId id) {
        Program program = find(actor.organizationId(), id);
        if (!actor.isAdmin() && !program.isLedBy(actor.personId())) {
            throw new NotFoundException("Program", id);
        }
        return program;
    }

    /** For features that already checked the caller's right through a mentorship. */
    public Program find(OrganizationId organization, ProgramId id) {
        return programs.find(organization, id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    public List<Program> visibleTo(Actor actor) {
        if (actor.isAdmin()) {
            return programs.all(actor.organizationId());
        }
        return programs.ledBy(actor.organizationId(), actor.personId());
    }
}
