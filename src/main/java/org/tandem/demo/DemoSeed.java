package org.tandem.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.checkin.CheckInBackfill;
import org.tandem.goal.GoalBackfill;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.Mentorships;
import org.tandem.milestone.MilestoneBackfill;
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
import org.tandem.shared.Links;

/**
 * Seeds the default organization once: an admin, a program lead, three mentors and six mentees paired in
 * one program, each pair with a few months of history (goals, check-ins, milestones; see {@link PairPlay}) played
 * through the features' backfill seams (docs/decisions/0060-demo-history.md). Everyone shares one password, random
 * unless {@code tandem.demo-password} is set, printed once in the log.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tandem.demo", havingValue = "true")
class DemoSeed implements ApplicationRunner {

    static final String DOMAIN = "tandem.example";
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    /** How many fortnights of history each pair has, in the order the pairs are formed. */
    private static final int[] FORTNIGHTS_HELD = {6, 6, 6, 6, 5, 3};

    /** One story per pair, in the same order. */
    private static final List<BiConsumer<PairPlay, LocalDate>> STORIES = List.of(PaymentsStories::samAndJonas, PaymentsStories::meiAndJonas,
            SearchStories::omarAndAmara, SearchStories::inesAndAmara, DesignStories::kofiAndLucia, DesignStories::hanaAndLucia);

    private final Organizations organizations;
    private final PeopleService people;
    private final Playbooks playbooks;
    private final Programs programs;
    private final Mentorships mentorships;
    private final GoalBackfill goals;
    private final CheckInBackfill checkIns;
    private final MilestoneBackfill milestones;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String configuredPassword;
    private final Links links;

    DemoSeed(Organizations organizations, PeopleService people, Playbooks playbooks, Programs programs, Mentorships mentorships,
            GoalBackfill goals, CheckInBackfill checkIns, MilestoneBackfill milestones, TransactionTemplate transactions, Clock clock,
            @Value("${tandem.demo-password:}") String configuredPassword, Links links) {
        this.organizations = organizations;
        this.people = people;
        this.playbooks = playbooks;
        this.programs = programs;
        this.mentorships = mentorships;
        this.goals = goals;
        this.checkIns = checkIns;
        this.milestones = milestones;
        this.transactions = transactions;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
        this.links = links;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = configuredPassword.isBlank() ? randomPassword() : configuredPassword;
        long started = System.nanoTime();
        List<String> logins = seedOnce(organizations.defaultOrganization(), DOMAIN, password);
        if (logins.isEmpty()) {
            return;
        }
        log.info("Demo organization seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
        log.info("""

                ──────────────────────────────────────────────────────────────
                 Tandem demo organization seeded. Sign in at {}
                 with any of these (shown once; password for all: {}):
                   {}
                ──────────────────────────────────────────────────────────────""", links.base(), password, String.join("\n   ", logins));
    }

    /**
     * Seeds the organization in one transaction, unless its lead ({@code lead@domain}) exists already: then nothing is
     * added. Answers the logins created, empty when nothing was.
     */
    List<String> seedOnce(Organization organization, String domain, String password) {
        if (people.findByEmail(organization.id(), "lead@" + domain).isPresent()) {
            return List.of();
        }
        return transactions.execute(status -> seed(organization, domain, password));
    }

    private List<String> seed(Organization organization, String domain, String password) {
        List<String> logins = new ArrayList<>();
        List<PersonDraft> drafts = new ArrayList<>();
        draft("admin", "Alex Morgan", Role.ADMIN, "Operations", "Platform admin", "SENIOR", "Europe/London", domain, password, drafts, logins);
        draft("lead", "Priya Raman", Role.PROGRAM_LEAD, "People", "Program lead", "STAFF", "Europe/Berlin", domain, password, drafts, logins);
        draft("mentor1", "Jonas Weber", Role.MENTOR, "Payments", "Staff engineer", "STAFF", "Europe/Berlin", domain, password, drafts, logins);
        draft("mentor2", "Amara Okafor", Role.MENTOR, "Search", "Engineering manager", "SENIOR", "Europe/London", domain, password, drafts, logins);
        draft("mentor3", "Lucía Fernández", Role.MENTOR, "Design", "Principal designer", "PRINCIPAL", "Europe/Madrid", domain, password, drafts, logins);
        draft("mentee1", "Sam Taylor", Role.MENTEE, "Payments", "Software engineer", "JUNIOR", "Europe/Berlin", domain, password, drafts, logins);
        draft("mentee2", "Mei Chen", Role.MENTEE, "Payments", "Software engineer", "MID", "Asia/Singapore", domain, password, drafts, logins);
        draft("mentee3", "Omar Haddad", Role.MENTEE, "Search", "Data engineer", "MID", "Europe/London", domain, password, drafts, logins);
        draft("mentee4", "Ines Duarte", Role.MENTEE, "Search", "Software engineer", "JUNIOR", "Europe/Lisbon", domain, password, drafts, logins);
        draft("mentee5", "Kofi Mensah", Role.MENTEE, "Design", "Product designer", "MID", "Africa/Accra", domain, password, drafts, logins);
        draft("mentee6", "Hana Sato", Role.MENTEE, "Design", "UX researcher", "SENIOR", "Asia/Tokyo", domain, password, drafts, logins);
        List<Person> everyone = people.createAllUnchecked(organization.id(), drafts);
        Person lead = everyone.get(1);
        List<Person> mentors = everyone.subList(2, 5);
        List<Person> mentees = everyone.subList(5, 11);

        Actor leadActor = actor(lead);
        var playbook = playbooks.list(organization.id()).getFirst();
        Program program = programs.create(leadActor, new Programs.ProgramDraft("Engineering growth 2027", playbook.id(),
                Cadence.FORTNIGHTLY.intervalDays(), Cadence.FORTNIGHTLY.durationMinutes(), List.of(lead.id()), Program.MIN_SURVEY_THRESHOLD));
        List<Emphasis> emphases = List.of(Emphasis.TECHNICAL_SKILL, Emphasis.STRATEGIC_INFLUENCE, Emphasis.CROSS_FUNCTIONAL,
                Emphasis.LEADERSHIP, Emphasis.GENERAL, Emphasis.CROSS_FUNCTIONAL);
        LocalDate today = LocalDate.now(clock);
        LocalDate next = today.plusDays(1);
        for (int i = 0; i < mentees.size(); i++) {
            Person mentor = mentors.get(i / 2);
            // each pair's next check-in is on its own working day, from two days ahead; its history lies fortnights before it
            next = nextWorkingDay(next);
            Instant firstAt = next.minusWeeks(2L * FORTNIGHTS_HELD[i]).atTime(LocalTime.of(10, 0)).atZone(mentor.timeZone()).toInstant();
            Instant startedAt = firstAt.minus(Duration.ofDays(6));
            Mentorship mentorship = mentorships.create(leadActor, new Mentorships.MentorshipDraft(program.id(), mentor.id(),
                    mentees.get(i).id(), null, null, firstAt, emphases.get(i)), startedAt);
            STORIES.get(i).accept(new PairPlay(mentorship, actor(mentor), actor(mentees.get(i)), goals, checkIns, milestones, startedAt), today);
        }
        return logins;
    }

    private static LocalDate nextWorkingDay(LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Actor actor(Person person) {
        return new Actor(person.id(), person.organizationId(), person.email(), person.displayName(), person.roles(), person.timeZone());
    }

    private static void draft(String login, String name, Role role, String team, String title, String seniority, String zone,
            String domain, String password, List<PersonDraft> drafts, List<String> logins) {
        String email = login + "@" + domain;
        logins.add(String.format("%-26s %s", email, role));
        drafts.add(new PersonDraft(email, name, Set.of(role), team, title, seniority, ZoneId.of(zone).getId(), password));
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
