package org.tandem.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.people.Organization;
import org.tandem.people.Organizations;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.people.Role;
import org.tandem.program.Cadence;
import org.tandem.program.Emphasis;
import org.tandem.program.Playbooks;
import org.tandem.program.Program;
import org.tandem.program.Programs;

/**
 * Seeds the default organization once: an admin, a program lead, three mentors and six mentees paired in
 * one program. Everyone shares one password, random unless {@code tandem.demo-password} is set, printed
 * once in the log.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tandem.demo", havingValue = "true")
class DemoSeed implements ApplicationRunner {

    static final String DOMAIN = "tandem.example";
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final Organizations organizations;
    private final PeopleService people;
    private final Playbooks playbooks;
    private final Programs programs;
    private final Mentorships mentorships;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String configuredPassword;

    DemoSeed(Organizations organizations, PeopleService people, Playbooks playbooks, Programs programs, Mentorships mentorships,
            TransactionTemplate transactions, Clock clock, @Value("${tandem.demo-password:}") String configuredPassword) {
        this.organizations = organizations;
        this.people = people;
        this.playbooks = playbooks;
        this.programs = programs;
        this.mentorships = mentorships;
        this.transactions = transactions;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        Organization organization = organizations.defaultOrganization();
        if (people.findByEmail(organization.id(), "lead@" + DOMAIN).isPresent()) {
            return;
        }
        String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        List<String> logins = transactions.execute(status -> seed(organization, password));
        log.info("""

                ──────────────────────────────────────────────────────────────
                 Tandem demo organization seeded. Sign in at http://localhost:8080
                 with any of these (shown once; password for all: {}):
                   {}
                ──────────────────────────────────────────────────────────────""", password, String.join("\n   ", logins));
    }

    private List<String> seed(Organization organization, String password) {
        List<String> logins = new ArrayList<>();
        Person admin = person(organization, "admin", "Alex Morgan", Set.of(Role.ADMIN), "Operations", "Platform admin", "SENIOR", "Europe/London", password, logins);
        Person lead = person(organization, "lead", "Priya Raman", Set.of(Role.PROGRAM_LEAD), "People", "Program lead", "STAFF", "Europe/Berlin", password, logins);
        List<Person> mentors = List.of(
                person(organization, "mentor1", "Jonas Weber", Set.of(Role.MENTOR), "Payments", "Staff engineer", "STAFF", "Europe/Berlin", password, logins),
                person(organization, "mentor2", "Amara Okafor", Set.of(Role.MENTOR), "Search", "Engineering manager", "SENIOR", "Europe/London", password, logins),
                person(organization, "mentor3", "Lucía Fernández", Set.of(Role.MENTOR), "Design", "Principal designer", "PRINCIPAL", "Europe/Madrid", password, logins));
        List<Person> mentees = List.of(
                person(organization, "mentee1", "Sam Taylor", Set.of(Role.MENTEE), "Payments", "Software engineer", "JUNIOR", "Europe/Berlin", password, logins),
                person(organization, "mentee2", "Mei Chen", Set.of(Role.MENTEE), "Payments", "Software engineer", "MID", "Asia/Singapore", password, logins),
                person(organization, "mentee3", "Omar Haddad", Set.of(Role.MENTEE), "Search", "Data engineer", "MID", "Europe/London", password, logins),
                person(organization, "mentee4", "Ines Duarte", Set.of(Role.MENTEE), "Search", "Software engineer", "JUNIOR", "Europe/Lisbon", password, logins),
                person(organization, "mentee5", "Kofi Mensah", Set.of(Role.MENTEE), "Design", "Product designer", "MID", "Africa/Accra", password, logins),
                person(organization, "mentee6", "Hana Sato", Set.of(Role.MENTEE), "Design", "UX researcher", "SENIOR", "Asia/Tokyo", password, logins));

        Actor leadActor = new Actor(lead.id(), organization.id(), lead.email(), lead.displayName(), lead.roles(), lead.timeZone());
        var playbook = playbooks.list(organization.id()).getFirst();
        Program program = programs.create(leadActor, new Programs.ProgramDraft("Engineering growth 2027", playbook.id(),
                Cadence.FORTNIGHTLY.intervalDays(), Cadence.FORTNIGHTLY.durationMinutes(), List.of(lead.id()), null));
        List<Emphasis> emphases = List.of(Emphasis.TECHNICAL_SKILL, Emphasis.STRATEGIC_INFLUENCE, Emphasis.CROSS_FUNCTIONAL,
                Emphasis.LEADERSHIP, Emphasis.GENERAL, Emphasis.CROSS_FUNCTIONAL);
        for (int i = 0; i < mentees.size(); i++) {
            Person mentor = mentors.get(i / 2);
            LocalDate day = LocalDate.now(clock.withZone(mentor.timeZone())).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).plusDays(i % 2 * 2);
            var firstAt = day.atTime(LocalTime.of(10, 0)).atZone(mentor.timeZone()).toInstant();
            mentorships.create(leadActor, new Mentorships.MentorshipDraft(program.id(), mentor.id(), mentees.get(i).id(), null, null, firstAt,
                    emphases.get(i)));
        }
        return logins;
    }

    private Person person(Organization organization, String login, String name, Set<Role> roles, String team, String title,
            String seniority, String zone, String password, List<String> logins) {
        String email = login + "@" + DOMAIN;
        logins.add(String.format("%-26s %s", email, roles.iterator().next()));
        return people.createUnchecked(organization.id(), new PersonDraft(email, name, roles, team, title, seniority,
                ZoneId.of(zone).getId(), password));
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
