package org.tandem.mentorship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.Role;
import org.tandem.program.Cadence;
import org.tandem.program.Emphasis;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.Page;
import org.tandem.shared.PageRequest;
import org.tandem.shared.Versions;

/** Forming pairs, keeping their cadence and preferences, and answering who may see a pair's work. */
@Service
public class Mentorships {

    private final MentorshipRepository mentorships;
    private final Programs programs;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mentorships(MentorshipRepository mentorships, Programs programs, PeopleService people, ApplicationEventPublisher events, Clock clock) {
        this.mentorships = mentorships;
        this.programs = programs;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    public record MentorshipDraft(ProgramId programId, PersonId mentorId, PersonId menteeId, Integer intervalDays,
                                  Integer durationMinutes, Instant firstAt, Emphasis emphasis) {
    }

    @Transactional
    public Mentorship create(Actor actor, MentorshipDraft draft) {
        return create(actor, draft, clock.instant());
    }

    /**
     * As {@link #create(Actor, MentorshipDraft)}, with the pair formed at {@code now}: for seeding a history in the past
     * (docs/decisions/0060-demo-history.md). The first check-in is planned from {@code now} too.
     */
    @Transactional
    public Mentorship create(Actor actor, MentorshipDraft draft, Instant now) {
        if (!actor.managesPeople()) {
            throw new NotAllowedException("Only an admin or a lead of the program forms pairs");
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.programId() == null) {
            throw new InvalidInputException("programId", "is required");
        }
        Program program;
        try {
            program = programs.get(actor, draft.programId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("programId", "is not a program you lead or administer");
        }
        if (!actor.isAdmin() && !program.isLedBy(actor.personId())) {
            throw new NotAllowedException("Only an admin or a lead of the program forms pairs");
        }
        requirePerson(actor.organizationId(), "mentorId", draft.mentorId(), Role.MENTOR, errors);
        requirePerson(actor.organizationId(), "menteeId", draft.menteeId(), Role.MENTEE, errors);
        if (draft.mentorId() != null && draft.mentorId().equals(draft.menteeId())) {
            errors.add(new FieldError("menteeId", "must be someone other than the mentor"));
        }
        int interval = draft.intervalDays() == null ? program.defaultCadence().intervalDays() : draft.intervalDays();
        int duration = draft.durationMinutes() == null ? program.defaultCadence().durationMinutes() : draft.durationMinutes();
        errors.addAll(Cadence.problems("cadence.", interval, duration));
        if (draft.firstAt() == null) {
            errors.add(new FieldError("cadence.firstAt", "is required"));
        }
        if (errors.isEmpty() && mentorships.activePairExists(actor.organizationId(), program.id(), draft.mentorId(), draft.menteeId())) {
            errors.add(new FieldError("menteeId", "already has an active mentorship with this mentor in this program"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var mentorship = new Mentorship(new MentorshipId(Ids.next()), actor.organizationId(), program.id(), draft.mentorId(), draft.menteeId(),
                new MentorshipCadence(interval, duration, draft.firstAt(), draft.firstAt()),
                draft.emphasis() == null ? Emphasis.GENERAL : draft.emphasis(), Mentorship.Status.ACTIVE, Preferences.NONE, now, 0);
        mentorships.insert(mentorship);
        events.publishEvent(new MentorshipStarted(mentorship, now));
        return mentorship;
    }

    /** The mentorship if the actor may see it at all (pair, program lead, admin); otherwise it does not exist. */
    public Mentorship visible(Actor actor, MentorshipId id) {
        Mentorship mentorship = mentorships.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("Mentorship", id));
        Program program = programs.find(actor.organizationId(), mentorship.programId());
        if (!mentorship.visibleTo(actor, program)) {
            throw new NotFoundException("Mentorship", id);
        }
        return mentorship;
    }

    /**
     * The mentorship if the actor may see the pair's own work (goals, check-ins): the pair and admins.
     * A program lead sees aggregates only, so for them the pair's work does not exist.
     */
    public Mentorship ofPairOrAdmin(Actor actor, MentorshipId id) {
        return mentorships.find(actor.organizationId(), id)
                .filter(m -> m.workVisibleTo(actor))
                .orElseThrow(() -> new NotFoundException("Mentorship", id));
    }

    /**
     * The one shape of "may the actor see this piece of the pair's work" for things reached by their own id (a goal, a
     * check-in, an action item): the mentorship it belongs to, as {@link #ofPairOrAdmin} lets the actor see it, and
     * for anyone else the thing itself does not exist — a 404 in its own name ({@code what}, {@code thingId}), never
     * the mentorship's, so the answer does not tell whose it is. {@code pairOnly}: admins are kept out too (a
     * check-in's content is the pair's alone, decision 0070).
     */
    public Mentorship ofWork(Actor actor, MentorshipId id, boolean pairOnly, String what, Object thingId) {
        try {
            Mentorship mentorship = ofPairOrAdmin(actor, id);
            if (pairOnly && !mentorship.isPair(actor.personId())) {
                throw new NotFoundException(what, thingId);
            }
            return mentorship;
        } catch (NotFoundException hidden) {
            throw new NotFoundException(what, thingId);
        }
    }

    /** For features acting without a signed-in person (jobs, guest links). */
    public Optional<Mentorship> find(OrganizationId organization, MentorshipId id) {
        return mentorships.find(organization, id);
    }

    /**
     * For planners: the mentorship if it is active, its row held until the transaction ends, so planning one pair's
     * check-ins from two places (a request and the scheduler, or two instances) happens one after the other.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<Mentorship> lockActive(OrganizationId organization, MentorshipId id) {
        return mentorships.findForUpdate(organization, id).filter(m -> m.status() == Mentorship.Status.ACTIVE);
    }

    /** Active mentorships of every organization in id order, a page at a time ({@code after} null for the first). */
    public List<Mentorship> activeEverywhere(java.util.UUID after, int limit) {
        return mentorships.activeEverywhere(after, limit);
    }

    /** The zone a pair's cadence keeps its wall-clock time in: the mentor's, who usually hosts the check-in. */
    public java.time.ZoneId cadenceZone(Mentorship mentorship) {
        return people.find(mentorship.organizationId(), mentorship.mentorId()).map(Person::timeZone).orElse(ZoneOffset.UTC);
    }

    public Page<Mentorship> list(Actor actor, Optional<ProgramId> program, PageRequest page) {
        return page.page(mentorships.visibleTo(actor, program, page), m -> m.id().value());
    }

    /** How many mentorships of each program the actor may see, counted in the database (0 for a program with none). */
    public Map<ProgramId, Integer> countVisible(Actor actor, Collection<ProgramId> programs) {
        Map<ProgramId, Integer> counted = mentorships.countVisibleTo(actor, programs);
        return programs.stream().collect(Collectors.toMap(Function.identity(), p -> counted.getOrDefault(p, 0), (a, b) -> a));
    }

    public List<Mentorship> ofPerson(OrganizationId organization, PersonId person) {
        return mentorships.ofPerson(organization, person);
    }

    @Transactional
    public Mentorship changeCadence(Actor actor, MentorshipId id, Integer intervalDays, Integer durationMinutes, Instant nextAt,
            OptionalLong expectedVersion) {
        Mentorship mentorship = visible(actor, id);
        Versions.check("This mentorship", expectedVersion, mentorship.version());
        List<FieldError> errors = new ArrayList<>(Cadence.problems("", intervalDays, durationMinutes));
        if (nextAt == null) {
            errors.add(new FieldError("nextAt", "is required"));
        } else if (nextAt.isBefore(clock.instant())) {
            errors.add(new FieldError("nextAt", "must be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Mentorship changed = mentorships.update(mentorship.withCadence(intervalDays, durationMinutes, nextAt));
        events.publishEvent(new CadenceChanged(changed, clock.instant()));
        return changed;
    }

    /**
     * Restarts the pair's rhythm from {@code from} (e.g. an agreed goal revision that resets the cadence): the next
     * check-in moves to one interval after that day, keeping its wall-clock time in the mentor's zone. An ended mentorship has no
     * next check-in to move and is returned unchanged.
     */
    @Transactional
    public Mentorship resetNextCheckIn(OrganizationId organization, MentorshipId id, Instant from) {
        Mentorship mentorship = mentorships.find(organization, id).orElseThrow(() -> new NotFoundException("Mentorship", id));
        if (mentorship.status() != Mentorship.Status.ACTIVE) {
            return mentorship;
        }
        MentorshipCadence cadence = mentorship.cadence();
        java.time.ZoneId zone = cadenceZone(mentorship);
        Instant nextAt = LocalDate.ofInstant(from, zone).plusDays(cadence.intervalDays())
                .atTime(LocalTime.ofInstant(cadence.nextAt(), zone)).atZone(zone).toInstant();
        Mentorship changed = mentorships.update(mentorship.withCadence(cadence.intervalDays(), cadence.durationMinutes(), nextAt));
        events.publishEvent(new CadenceChanged(changed, clock.instant()));
        return changed;
    }

    @Transactional
    public Mentorship setPreferences(Actor actor, MentorshipId id, Preferences preferences, OptionalLong expectedVersion) {
        Mentorship mentorship = visible(actor, id);
        Versions.check("This mentorship", expectedVersion, mentorship.version());
        return mentorships.update(mentorship.withPreferences(actor.personId(), preferences));
    }

    private void requirePerson(OrganizationId organization, String field, PersonId id, Role role, List<FieldError> errors) {
        if (id == null) {
            errors.add(new FieldError(field, "is required"));
            return;
        }
        Optional<Person> person = people.find(organization, id);
        if (person.isEmpty() || !person.get().active()) {
            errors.add(new FieldError(field, "is not an active person of this organization"));
        } else if (!person.get().has(role)) {
            errors.add(new FieldError(field, person.get().displayName() + " does not have the role " + role));
        }
    }
}
