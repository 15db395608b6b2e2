package org.tandem.mentorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.PersonId;
import org.tandem.people.PersonInvolvement;
import org.tandem.program.Programs;

/** The pairs a person is mentor or mentee in, for their person page. */
@Component
@Order(2)
class MentorshipInvolvement implements PersonInvolvement {

    private final Mentorships mentorships;
    private final Programs programs;
    private final PeopleService people;

    MentorshipInvolvement(Mentorships mentorships, Programs programs, PeopleService people) {
        this.mentorships = mentorships;
        this.programs = programs;
        this.people = people;
    }

    @Override
    public List<String> involvementOf(OrganizationId organization, PersonId person) {
        var pairs = mentorships.ofPerson(organization, person);
        List<UUID> others = pairs.stream().map(m -> m.mentorId().equals(person) ? m.menteeId().value() : m.mentorId().value()).toList();
        Map<UUID, String> names = people.names(organization, others);
        List<String> lines = new ArrayList<>();
        for (Mentorship m : pairs) {
            boolean mentor = m.mentorId().equals(person);
            UUID other = mentor ? m.menteeId().value() : m.mentorId().value();
            String program = programs.find(organization, m.programId()).name();
            lines.add((mentor ? "Mentor of " : "Mentee of ") + names.getOrDefault(other, "someone") + " in " + program
                    + (m.status() == Mentorship.Status.ENDED ? " (ended)" : ""));
        }
        return lines;
    }
}
