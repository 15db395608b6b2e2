package org.tandem.goal.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.tandem.goal.Direction;
import org.tandem.goal.GoalKind;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;

/** Goals built through real transitions, so tests exercise the same path as the product. */
public final class GoalFixtures {

    public static final PersonId MENTOR = PersonId.of("0190a000-0000-7000-8000-000000000001");
    public static final PersonId MENTEE = PersonId.of("0190a000-0000-7000-8000-000000000002");
    public static final PersonId OUTSIDER = PersonId.of("0190a000-0000-7000-8000-000000000003");
    public static final MentorshipId MENTORSHIP = MentorshipId.of("0190a000-0000-7000-8000-0000000000aa");
    public static final Pair PAIR = new Pair(MENTOR, MENTEE);

    /** The day the fixture goals are proposed and agreed. */
    public static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    public static final Instant NOW = at(TODAY);
    public static final LocalDate DUE = TODAY.plusDays(120);

    private GoalFixtures() {
    }

    /** A draft that passes all five SMART checks: satisfaction score from 40 to 80 points. */
    public static GoalDraft draft() {
        return new GoalDraft("Support satisfaction",
                "Raise the support team's satisfaction score by running weekly reviews of closed tickets",
                GoalKind.OUTPUT, "Satisfaction score", "points", new BigDecimal("40"), new BigDecimal("80"), Direction.INCREASE,
                "Two hours a week are reserved for reviews and the team lead coaches the first three",
                "Support quality objective for this year", DUE);
    }

    public static Goal proposedGoal() {
        return proposedGoal(draft());
    }

    public static Goal proposedGoal(GoalDraft draft) {
        return Goal.propose(draft, MENTEE, MENTORSHIP, PAIR, NOW);
    }

    public static Goal activeGoal() {
        return activeGoal(draft());
    }

    public static Goal activeGoal(GoalDraft draft) {
        return proposedGoal(draft).agree(MENTOR, NOW.plusSeconds(3600));
    }

    public static Goal achievedGoal() {
        return activeGoal().proposeAchievement(MENTEE, "Ran the review alone", NOW.plusSeconds(7200)).agreeAchievement(MENTOR, NOW.plusSeconds(7200));
    }

    public static Goal retiredGoal() {
        return activeGoal().retire(MENTOR, "The team was merged into another department", NOW.plusSeconds(7200));
    }

    /** Mid-morning UTC of the day, so the date is the same everywhere a test could run. */
    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    public static Measurement measured(Goal goal, String value, LocalDate on) {
        return goal.recordMeasurement(new BigDecimal(value), on, null, MENTEE, at(on), on);
    }

    /** One measurement every {@code everyDays} days starting on {@code first}, with the given values. */
    public static List<Measurement> series(Goal goal, LocalDate first, int everyDays, String... values) {
        List<Measurement> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(measured(goal, values[i], first.plusDays((long) i * everyDays)));
        }
        return series;
    }

    public static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
