package org.tandem.mentorship;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;

/** Turns mentorships into views with names, in one lookup of people per list rather than one per row. */
@Component
class MentorshipViews {

    private final PeopleService people;
    private final Programs programs;
    private final ObjectProvider<NextCheckIns> nextCheckIns;

    MentorshipViews(PeopleService people, Programs programs, ObjectProvider<NextCheckIns> nextCheckIns) {
        this.people = people;
        this.programs = programs;
        this.nextCheckIns = nextCheckIns;
    }

    /** When each of the pairs meets next, by mentorship id; pairs with nothing scheduled are absent. */
    Map<UUID, Instant> nextCheckIns(OrganizationId organization, List<Mentorship> mentorships) {
        NextCheckIns source = nextCheckIns.getIfAvailable();
        if (source == null || mentorships.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> next = new HashMap<>();
        source.nextOf(organization, mentorships.stream().map(Mentorship::id).toList()).forEach((id, at) -> next.put(id.value(), at));
        return next;
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
        return mentorships.stream()
                .map(m -> MentorshipView.of(m,
                        programNames.computeIfAbsent(m.programId(), id -> programs.find(organization, id).name()), names))
                .toList();
    }
}
