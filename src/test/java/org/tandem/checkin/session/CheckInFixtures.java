package org.tandem.checkin.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.ActionItemDraft;
import org.tandem.checkin.actionplan.Resource;
import org.tandem.checkin.actionplan.RiskDraft;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;
import org.tandem.program.SectionKind;
import org.tandem.shared.Ids;

/**
 * Check-ins as the method makes them: every fixture goes through the real transitions, so a fixture can never
 * be in a state the domain could not reach.
 */
public final class CheckInFixtures {

    public static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    public static final Instant SCHEDULED_AT = NOW.plus(Duration.ofDays(1));
    public static final Instant MENTORSHIP_START = NOW.minus(Duration.ofDays(30));
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    public static final PersonId MENTOR = person();
    public static final PersonId MENTEE = person();
    public static final PersonId OUTSIDER = person();
    public static final PersonId PROGRAM_LEAD = person();
    public static final PersonId ADMIN = person();
    public static final Pair PAIR = new Pair(MENTOR, MENTEE);
    public static final MentorshipId MENTORSHIP = new MentorshipId(Ids.next());

    private CheckInFixtures() {
    }

    public static PersonId person() {
        return new PersonId(Ids.next());
    }

    /** A playbook's core sections as the program feature would hand them over. */
    public static List<AgendaSection> playbookSections() {
        return new ArrayList<>(List.of(
                AgendaSection.planned(SectionKind.RECAP, "Last time's actions", 5, List.of("Which actions moved?")),
                AgendaSection.planned(SectionKind.REVIEW, "What the data says", 10, List.of()),
                AgendaSection.planned(SectionKind.INTERPRET, "What worked and why", 10, List.of()),
                AgendaSection.planned(SectionKind.GROWTH, "Open questions", 10, List.of("Where do you feel stuck?")),
                AgendaSection.planned(SectionKind.RISKS, "Risks ahead", 5, List.of()),
                AgendaSection.planned(SectionKind.CELEBRATE, "Wins", 5, List.of()),
                AgendaSection.planned(SectionKind.PLAN, "Action plan", 10, List.of())));
    }

    public static CheckIn scheduledCheckIn() {
        return scheduledCheckInAt(SCHEDULED_AT);
    }

    /** Scheduled a day ahead of {@code at}, as a pair usually plans. */
    public static CheckIn scheduledCheckInAt(Instant at) {
        return CheckIn.schedule(MENTORSHIP, PAIR, at, 60, playbookSections(), at.minus(Duration.ofDays(1)));
    }

    public static CheckIn inProgressCheckIn() {
        return inProgressCheckInAt(SCHEDULED_AT);
    }

    public static CheckIn inProgressCheckInAt(Instant at) {
        return scheduledCheckInAt(at).start(MENTEE, at);
    }

    public static CheckIn completedCheckIn() {
        return completedCheckInAt(SCHEDULED_AT);
    }

    /** Held at {@code at}, completed 55 minutes later. */
    public static CheckIn completedCheckInAt(Instant at) {
        return inProgressCheckInAt(at).complete(MENTOR, endOf(at));
    }

    public static Instant endOf(Instant startedAt) {
        return startedAt.plus(Duration.ofMinutes(55));
    }

    public record CheckInWithActions(CheckIn checkIn, List<ActionItem> actions) {
    }

    public static CheckInWithActions completedCheckInWith(List<ActionItemDraft> actions) {
        return completedCheckInAtWith(SCHEDULED_AT, actions);
    }

    /** The actions are planned during the check-in, which then completes: the usual end of a session. */
    public static CheckInWithActions completedCheckInAtWith(Instant at, List<ActionItemDraft> actions) {
        CheckIn running = inProgressCheckInAt(at);
        Instant planningTime = at.plus(Duration.ofMinutes(50));
        List<ActionItem> planned = actions.stream().map(d -> ActionItem.plan(running, d, MENTEE, planningTime)).toList();
        return new CheckInWithActions(running.complete(MENTOR, endOf(at)), planned);
    }

    public static List<ActionItemDraft> openActions(int count) {
        return IntStream.rangeClosed(1, count)
                        .mapToObj(n -> action("Draft section " + n + " of the migration plan"))
                        .toList();
    }

    public static ActionItemDraft action(String task) {
        return new ActionItemDraft(task, MENTEE, TODAY.plusDays(14), List.of(), null);
    }

    public static ActionItemDraft actionForGoal(String task, UUID goalId) {
        return new ActionItemDraft(task, MENTEE, TODAY.plusDays(14),
                List.of(new Resource(Resource.Kind.COACHING_HOURS, "two pairing sessions")), goalId);
    }

    public static RiskDraft risk(String description, int likelihood, int impact) {
        return new RiskDraft(description, likelihood, impact, "Ask the team lead for a buffer week", MENTEE);
    }
}
