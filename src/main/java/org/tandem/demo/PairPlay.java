package org.tandem.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.tandem.checkin.ActionPlanService.ResourceDraft;
import org.tandem.checkin.CheckInBackfill;
import org.tandem.checkin.CheckInBackfill.Planned;
import org.tandem.checkin.CheckInId;
import org.tandem.goal.GoalBackfill;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalRevisionId;
import org.tandem.mentorship.Mentorship;
import org.tandem.milestone.MilestoneBackfill;
import org.tandem.milestone.MilestoneId;
import org.tandem.people.Actor;
import org.tandem.program.SectionKind;

/**
 * One pair's history, played forward in time through the features' backfill seams: the pair's check-ins come from its
 * cadence (the first one planned when the pair started, each next one after the last was held or missed), and
 * everything the pair does happens at an instant of that story. A story calls {@link #hold}, {@link #miss} and the
 * goal methods in the order things happened.
 */
final class PairPlay {

    /** The default playbook's sections, in the order the agenda runs them. */
    private static final SectionKind[] AGENDA = SectionKind.values();

    final Actor mentor;
    final Actor mentee;
    private final Mentorship mentorship;
    private final GoalBackfill goals;
    private final CheckInBackfill checkIns;
    private final MilestoneBackfill milestones;
    private final List<UUID> openActions = new ArrayList<>();
    private Planned next;
    private Instant last;

    PairPlay(Mentorship mentorship, Actor mentor, Actor mentee, GoalBackfill goals, CheckInBackfill checkIns, MilestoneBackfill milestones,
            Instant startedAt) {
        this.mentorship = mentorship;
        this.mentor = mentor;
        this.mentee = mentee;
        this.goals = goals;
        this.checkIns = checkIns;
        this.milestones = milestones;
        this.next = checkIns.planNext(mentorship.organizationId(), mentorship.id(), startedAt);
        this.last = startedAt;
    }

    /** {@code days} after the last thing that happened (a check-in's end, a measurement, a celebration). */
    Instant later(double days) {
        return last.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    /** A date in the mentee's calendar. */
    LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, mentee.timeZone());
    }

    // ------------------------------------------------------------------ goals

    GoalId goal(Actor proposer, GoalBackfill.Terms terms, Instant proposedAt, Instant agreedAt) {
        GoalId goal = goals.propose(proposer, mentorship.id(), terms, proposedAt);
        goals.agree(proposer.equals(mentor) ? mentee : mentor, goal, agreedAt);
        return goal;
    }

    /** The mentee records what they observed that day. */
    void measure(GoalId goal, String value, Instant at, String note) {
        goals.measure(mentee, goal, new BigDecimal(value), dateOf(at), note, at);
        last = at;
    }

    void achieve(Actor by, GoalId goal, Instant at) {
        goals.achieve(by, by.equals(mentor) ? mentee : mentor, goal, null, at);
    }

    MilestoneId milestone(GoalId goal, String title, String threshold, LocalDate dueOn, Instant at) {
        return milestones.plan(mentee, goal, title, threshold == null ? null : new BigDecimal(threshold), dueOn, at);
    }

    void celebrate(MilestoneId milestone, MilestoneBackfill.Draft draft, Instant at, Instant answeredAt) {
        milestones.celebrate(mentee, milestone, draft, at, answeredAt);
        last = at;
    }

    // -------------------------------------------------------------- check-ins

    /**
     * The scheduled check-in takes place: started a few minutes after its time, each agenda section given the minutes
     * in {@code minutes} (in agenda order, 0 skips one), with what {@code content} records. Then it is completed, rated
     * and the cadence plans the next one.
     */
    void hold(int[] minutes, Consumer<Session> content) {
        Session session = new Session(next.id(), next.scheduledAt().plus(Duration.ofMinutes(3)), minutes);
        checkIns.start(mentee, session.id, session.start);
        content.accept(session);
        checkIns.nextSections(mentor, session.id, Arrays.stream(AGENDA).skip(1).map(session::startOf).toList());
        Instant end = session.startOf(AGENDA[AGENDA.length - 1]).plus(Duration.ofMinutes(minutes[AGENDA.length - 1]));
        checkIns.complete(mentor, session.id, end);
        session.after.forEach(step -> step.accept(end));
        last = end.plus(Duration.ofHours(3));
        next = checkIns.planNext(mentorship.organizationId(), mentorship.id(), end.plus(Duration.ofMinutes(5)));
    }

    /** Nobody starts the scheduled check-in; the cadence task marks it missed the next day and plans the next one. */
    void miss() {
        Instant noticed = next.scheduledAt().plus(Duration.ofHours(25));
        checkIns.markMissed(mentorship.organizationId(), next.id(), noticed);
        last = noticed;
        next = checkIns.planNext(mentorship.organizationId(), mentorship.id(), noticed);
    }

    /** What the pair records in one check-in, each at a moment of the section it belongs to. */
    final class Session {

        final CheckInId id;
        final Instant start;
        private final Map<SectionKind, Instant> starts = new EnumMap<>(SectionKind.class);
        private final List<Consumer<Instant>> after = new ArrayList<>();
        private int step;

        private Session(CheckInId id, Instant start, int[] minutes) {
            this.id = id;
            this.start = start;
            Instant at = start;
            for (int i = 0; i < AGENDA.length; i++) {
                starts.put(AGENDA[i], at);
                at = at.plus(Duration.ofMinutes(minutes[i]));
            }
        }

        Instant startOf(SectionKind kind) {
            return starts.get(kind);
        }

        /** A moment inside the section, a little later than the previous thing recorded there. */
        private Instant in(SectionKind kind) {
            return starts.get(kind).plusSeconds(20L * ++step);
        }

        LocalDate daysAgo(int days) {
            return dateOf(start).minusDays(days);
        }

        void done(UUID actionItem) {
            checkIns.completeAction(mentee, actionItem, id, in(SectionKind.RECAP));
            openActions.remove(actionItem);
        }

        /** Every action item planned in earlier check-ins is done, and ticked off in this one's recap. */
        void doneEarlier() {
            List.copyOf(openActions).forEach(this::done);
        }

        void drop(UUID actionItem, String reason) {
            checkIns.dropAction(mentee, actionItem, reason, id, in(SectionKind.RECAP));
            openActions.remove(actionItem);
        }

        void observe(Actor by, String kind, String text, int daysAgo) {
            checkIns.observe(by, id, kind, text, daysAgo(daysAgo), in(SectionKind.REVIEW));
        }

        void interpret(String worked, String didNotWork, String why) {
            checkIns.interpret(mentee, id, worked, didNotWork, why, in(SectionKind.INTERPRET));
        }

        /** A revision proposed while adjusting the goals, and agreed by the other side before moving on. */
        void revise(Actor by, GoalId goal, GoalBackfill.Revision revision, boolean agreed) {
            GoalRevisionId proposed = goals.proposeRevision(by, goal, revision, in(SectionKind.ADJUST));
            if (agreed) {
                goals.agreeRevision(by.equals(mentor) ? mentee : mentor, goal, proposed, in(SectionKind.ADJUST));
            }
        }

        void answer(String promptId, String answer) {
            checkIns.answer(mentee, id, promptId, answer, in(SectionKind.GROWTH));
        }

        UUID risk(String description, int likelihood, int impact, String support) {
            return checkIns.raiseRisk(mentee, id, description, likelihood, impact, support, mentee.personId(), in(SectionKind.RISKS));
        }

        void feedback(Actor by, String situation, String behaviour, String impact, String nextStep) {
            checkIns.feedback(by, id, situation, behaviour, impact, nextStep, in(SectionKind.FEEDBACK));
        }

        void win(Actor by, String text) {
            checkIns.win(by, id, text, in(SectionKind.CELEBRATE));
        }

        UUID action(Actor owner, String task, int dueInDays, GoalId goal, ResourceDraft... resources) {
            UUID item = checkIns.planAction(mentee, id, task, owner.personId(), daysAgo(-dueInDays), List.of(resources),
                    goal == null ? null : goal.value(), in(SectionKind.PLAN));
            openActions.add(item);
            return item;
        }

        void note(Actor by, String text, String visibility) {
            checkIns.note(by, id, text, visibility, in(SectionKind.CLOSE));
        }

        /** The mentee's rating, given a couple of hours after the check-in. */
        void rating(int clarity, int usefulness, int support, String comment) {
            after.add(end -> checkIns.rate(mentee, id, clarity, usefulness, support, comment, end.plus(Duration.ofHours(2))));
        }

        /** The mentor's autonomy rating, given right after the check-in. */
        void autonomy(int rating) {
            after.add(end -> checkIns.rateAutonomy(mentor, id, rating, end.plus(Duration.ofMinutes(30))));
        }
    }
}
