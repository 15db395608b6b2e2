package org.tandem.mentorship;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;

/** Turns mentorships into views with names, in one lookup of people per list rather than one per row. */
@Component
class MentorshipViews {

    private final PeopleService people;
    private final Programs programs;
    private final Clock clock;

    MentorshipViews(PeopleService people, Programs programs, Clock clock) {
        this.people = people;
        this.programs = programs;
        this.clock = clock;
    }

    MentorshipView of(Mentorship mentorship) {
        return of(mentorship.organizationId(), List.of(mentorship)).getFirst();
    }

    List<MentorshipView> of(OrganizationId organization, List<Mentorship> mentorships) {
        Set<UUID> ids = new HashSet<>();
        mentorships.forEach(m -> {
            ids.add(m.mentorId().value());
            ids.add(m.menteeId().value());
        });
        Map<UUID, String> names = people.names(organization, ids);
        Map<ProgramId, String> programNames = new HashMap<>();
        Map<PersonId, ZoneId> zones = new HashMap<>();
        Instant now = clock.instant();
        return mentorships.stream()
                .map(m -> MentorshipView.of(m,
                        programNames.computeIfAbsent(m.programId(), id -> programs.find(organization, id).name()), names,
                        m.cadence().upcoming(now, zones.computeIfAbsent(m.mentorId(),
                                id -> people.find(organization, id).map(Person::timeZone).orElse(ZoneOffset.UTC)))))
                .toList();
    }
}
