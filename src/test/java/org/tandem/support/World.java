package org.tandem.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.people.Organization;
import org.tandem.people.Organizations;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.people.Role;
import org.tandem.program.Emphasis;
import org.tandem.program.Playbooks;
import org.tandem.program.Program;
import org.tandem.program.Programs;

/**
 * A fresh organization for one test, built through the real services: an admin, a program lead, two
 * mentors and two mentees in one program, paired as (mentor, mentee) and (otherMentor, otherMentee), plus
 * a lead of nothing. Every test gets its own, so tests never see each other's data.
 */
public record World(Organization organization, Person admin, Person lead, Person idleLead, Person mentor, Person mentee,
                    Person otherMentor, Person otherMentee, Program program, Mentorship mentorship, Mentorship otherMentorship) {

    public static final String PASSWORD = "correct horse battery";

    public static World create(ApplicationContext context) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Organization organization = context.getBean(Organizations.class).create("Org " + tag, "org-" + tag);
        PeopleService people = context.getBean(PeopleService.class);
        Person admin = person(people, organization, tag, "admin", "Ada Admin", Role.ADMIN);
        Person lead = person(people, organization, tag, "lead", "Lee Lead", Role.PROGRAM_LEAD);
        Person idleLead = person(people, organization, tag, "idle-lead", "Ida Idle", Role.PROGRAM_LEAD);
        Person mentor = person(people, organization, tag, "mentor", "Mona Mentor", Role.MENTOR);
        Person mentee = person(people, organization, tag, "mentee", "Manu Mentee", Role.MENTEE);
        Person otherMentor = person(people, organization, tag, "other-mentor", "Otto Mentor", Role.MENTOR);
        Person otherMentee = person(people, organization, tag, "other-mentee", "Olga Mentee", Role.MENTEE);
        Actor leadActor = actor(lead);
        var playbook = context.getBean(Playbooks.class).list(organization.id()).getFirst();
        Program program = context.getBean(Programs.class).create(leadActor,
                new Programs.ProgramDraft("Growth " + tag, playbook.id(), 14, 45, List.of(lead.id()), null));
        Mentorships mentorships = context.getBean(Mentorships.class);
        Instant firstAt = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Mentorship mentorship = mentorships.create(leadActor,
                new Mentorships.MentorshipDraft(program.id(), mentor.id(), mentee.id(), null, null, firstAt, Emphasis.TECHNICAL_SKILL));
        Mentorship otherMentorship = mentorships.create(leadActor,
                new Mentorships.MentorshipDraft(program.id(), otherMentor.id(), otherMentee.id(), null, null, firstAt, Emphasis.LEADERSHIP));
        return new World(organization, admin, lead, idleLead, mentor, mentee, otherMentor, otherMentee, program, mentorship, otherMentorship);
    }

    public static Actor actor(Person person) {
        return new Actor(person.id(), person.organizationId(), person.email(), person.displayName(), person.roles(), person.timeZone());
    }

    private static Person person(PeopleService people, Organization organization, String tag, String login, String name, Role role) {
        return people.createUnchecked(organization.id(), new PersonDraft(login + "-" + tag + "@test.example", name, Set.of(role),
                "Team " + tag, null, "MID", "Europe/Berlin", PASSWORD));
    }
}
