package org.tandem.insight;

import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.INSIGHT_PAIR_ROLLUP;
import static org.tandem.db.Tables.INSIGHT_REFRESH_MARK;
import static org.tandem.db.Tables.PERSON;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.checkin.CheckInEvent;
import org.tandem.db.tables.records.InsightPairRollupRecord;
import org.tandem.goal.GoalEvent;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.MentorshipStarted;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonGroupsChanged;
import org.tandem.program.ProgramId;

/**
 * The per-pair rollups the program dashboard adds up. A pair is marked dirty in the transaction of any check-in,
 * goal or re-check change (their events); ratings have no event, so a scan finds check-ins rated since its last
 * look. Dirty pairs are recomputed by the recurring task, and by the dashboard itself for its own program.
 */
@Component
public class InsightRollups {

    /** Ratings given this long before the last scan are looked at again, for transactions still in flight then. */
    static final Duration SCAN_OVERLAP = Duration.ofMinutes(2);

    private final DSLContext dsl;
    private final PairScorecards scorecards;
    private final Mentorships mentorships;
    private final TransactionTemplate transactions;
    private final InsightReadModel read;
    private final InsightProperties properties;
    private final Clock clock;
    private final ProgramRollups programs;

    InsightRollups(DSLContext dsl, PairScorecards scorecards, Mentorships mentorships, TransactionTemplate transactions, InsightReadModel read,
            InsightProperties properties, Clock clock, ProgramRollups programs) {
        this.dsl = dsl;
        this.programs = programs;
        this.scorecards = scorecards;
        this.mentorships = mentorships;
        this.transactions = transactions;
        this.read = read;
        this.properties = properties;
        this.clock = clock;
    }

    record Row(UUID mentorshipId, UUID mentorId, UUID menteeId, String team, String title, String seniority, boolean dirty,
               Instant refreshedAt, Balance balance, int checkInsDue, int checkInsInWindow, int checkInsMissed, int missedStreak,
               int goalsAchieved, int goalsDecided, int ratingCount, int claritySum, int usefulnessSum, int supportSum,
               int autonomyCount, Double autonomySlope, int risksOpen, int risksHigh, int rechecksAnswered, int rechecksShown,
               String starved) {
    }

    @EventListener
    void on(MentorshipStarted started) {
        Mentorship m = started.mentorship();
        ProgramRollups.Groups groups = programs.groupsOf(m.menteeId().value());
        int inserted = dsl.insertInto(INSIGHT_PAIR_ROLLUP)
                .set(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID, m.id().value())
                .set(INSIGHT_PAIR_ROLLUP.ORGANIZATION_ID, m.organizationId().value())
                .set(INSIGHT_PAIR_ROLLUP.PROGRAM_ID, m.programId().value())
                .set(INSIGHT_PAIR_ROLLUP.MENTOR_ID, m.mentorId().value())
                .set(INSIGHT_PAIR_ROLLUP.MENTEE_ID, m.menteeId().value())
                .set(INSIGHT_PAIR_ROLLUP.DIRTY, true)
                .set(INSIGHT_PAIR_ROLLUP.CHECKINS_DUE, 0).set(INSIGHT_PAIR_ROLLUP.CHECKINS_IN_WINDOW, 0)
                .set(INSIGHT_PAIR_ROLLUP.CHECKINS_MISSED, 0).set(INSIGHT_PAIR_ROLLUP.MISSED_STREAK, 0)
                .set(INSIGHT_PAIR_ROLLUP.LONGEST_MISSED, 0).set(INSIGHT_PAIR_ROLLUP.GOALS_ACHIEVED, 0)
                .set(INSIGHT_PAIR_ROLLUP.GOALS_DECIDED, 0).set(INSIGHT_PAIR_ROLLUP.RATING_COUNT, 0)
                .set(INSIGHT_PAIR_ROLLUP.CLARITY_SUM, 0).set(INSIGHT_PAIR_ROLLUP.USEFULNESS_SUM, 0)
                .set(INSIGHT_PAIR_ROLLUP.SUPPORT_SUM, 0).set(INSIGHT_PAIR_ROLLUP.AUTONOMY_COUNT, 0)
                .set(INSIGHT_PAIR_ROLLUP.RISKS_OPEN, 0).set(INSIGHT_PAIR_ROLLUP.RISKS_HIGH, 0)
                .set(INSIGHT_PAIR_ROLLUP.RECHECKS_ANSWERED, 0).set(INSIGHT_PAIR_ROLLUP.RECHECKS_SHOWN, 0)
                .set(INSIGHT_PAIR_ROLLUP.BY_TEAM, groups.team()).set(INSIGHT_PAIR_ROLLUP.BY_ROLE, groups.role())
                .set(INSIGHT_PAIR_ROLLUP.BY_SENIORITY, groups.seniority())
                .onConflict(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID).doNothing()
                .execute();
        if (inserted > 0) {
            // the new pair counts in its program's figures at once (with nothing held yet), as it did when they were added up per request
            programs.move(null, ProgramRollups.Share.of(pairRow(m.id().value())));
        }
    }

    /**
     * The mentee's team, title or seniority changed: their pairs' shares move to their new groups, in the same
     * transaction. (A refresh of the pair would move them too; this keeps the breakdowns right without waiting.)
     */
    @EventListener
    void on(PersonGroupsChanged changed) {
        var p = INSIGHT_PAIR_ROLLUP;
        ProgramRollups.Groups groups = programs.groupsOf(changed.personId().value());
        List<UUID> pairs = dsl.select(p.MENTORSHIP_ID).from(p).where(p.MENTEE_ID.eq(changed.personId().value()))
                .and(p.ORGANIZATION_ID.eq(changed.organizationId().value())).and(p.BY_TEAM.isNotNull()).orderBy(p.MENTORSHIP_ID)
                .fetch(p.MENTORSHIP_ID);
        for (UUID pair : pairs) {
            InsightPairRollupRecord row = dsl.selectFrom(p).where(p.MENTORSHIP_ID.eq(pair)).forUpdate().fetchOne();
            ProgramRollups.Share before = ProgramRollups.Share.of(row);
            if (before == null || before.groups().equals(groups)) {
                continue;
            }
            dsl.update(p).set(p.BY_TEAM, groups.team()).set(p.BY_ROLE, groups.role()).set(p.BY_SENIORITY, groups.seniority())
                    .where(p.MENTORSHIP_ID.eq(pair)).execute();
            programs.move(before, before.in(groups));
        }
    }

    private InsightPairRollupRecord pairRow(UUID mentorship) {
        return dsl.selectFrom(INSIGHT_PAIR_ROLLUP).where(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.eq(mentorship)).fetchOne();
    }

    /**
     * Counts in the pairs not counted yet in their program's figures (rows from before V26): when the application
     * starts, one transaction per program. Afterwards every change moves the figures itself.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int countInUncountedPairs() {
        List<UUID[]> uncounted = programs.uncounted();
        for (UUID[] program : uncounted) {
            transactions.executeWithoutResult(status -> programs.rebuild(program[0], program[1]));
        }
        return uncounted.size();
    }

    /** Recounts one program's figures from its pairs' rollups (repair path; decision 0097). */
    void rebuild(OrganizationId organization, ProgramId program) {
        transactions.executeWithoutResult(status -> programs.rebuild(organization.value(), program.value()));
    }

    @EventListener
    void on(CheckInEvent event) {
        markDirty(event.mentorshipId());
    }

    @EventListener
    void on(GoalEvent event) {
        markDirty(event.mentorshipId());
    }

    /**
     * Marks the pair for a refresh, in the transaction of the change. The row is written even when it is dirty
     * already: the write takes its lock, so a refresh that cleared the mark and computes without this change waits
     * for it or is waited for, and never leaves the pair clean without it (skipping dirty rows lost milestones).
     */
    void markDirty(MentorshipId mentorship) {
        dsl.update(INSIGHT_PAIR_ROLLUP).set(INSIGHT_PAIR_ROLLUP.DIRTY, true)
                .where(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.eq(mentorship.value()))
                .execute();
    }

    /** The recurring task: find pairs rated since the last look, then recompute every dirty pair. Returns how many. */
    public int refreshChanged() {
        scanRatings();
        int total = 0;
        int done;
        do {
            List<Key> dirty = dsl.select(INSIGHT_PAIR_ROLLUP.ORGANIZATION_ID, INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID).from(INSIGHT_PAIR_ROLLUP)
                    .where(INSIGHT_PAIR_ROLLUP.DIRTY.isTrue()).limit(500)
                    .fetch(r -> new Key(r.value1(), r.value2()));
            done = refresh(dirty);
            total += done;
        } while (done > 0);
        return total;
    }

    /**
     * Recomputes the program's dirty pairs up to {@code tandem.insight.refresh-on-read}, as the dashboard does before it
     * answers: for other readers of the rollups (the lead's pair table).
     */
    public int refreshBeforeReading(OrganizationId organization, ProgramId program) {
        return refreshDirtyOf(organization, program, properties.refreshOnRead());
    }

    /** Recomputes up to {@code limit} dirty pairs of one program, so its dashboard is exact when few changed. */
    int refreshDirtyOf(OrganizationId organization, ProgramId program, int limit) {
        List<Key> dirty = dsl.select(INSIGHT_PAIR_ROLLUP.ORGANIZATION_ID, INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID).from(INSIGHT_PAIR_ROLLUP)
                .where(INSIGHT_PAIR_ROLLUP.ORGANIZATION_ID.eq(organization.value())).and(INSIGHT_PAIR_ROLLUP.PROGRAM_ID.eq(program.value()))
                .and(INSIGHT_PAIR_ROLLUP.DIRTY.isTrue()).limit(limit)
                .fetch(r -> new Key(r.value1(), r.value2()));
        return refresh(dirty);
    }

    private record Key(UUID organization, UUID mentorship) {
    }

    private int refresh(List<Key> keys) {
        int done = 0;
        for (Key key : keys) {
            Boolean ok = transactions.execute(status -> refreshOne(new OrganizationId(key.organization()), new MentorshipId(key.mentorship())));
            if (Boolean.TRUE.equals(ok)) {
                done++;
            }
        }
        return done;
    }

    private boolean refreshOne(OrganizationId organization, MentorshipId id) {
        var mentorship = mentorships.find(organization, id);
        if (mentorship.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        // cleared first: a change committed while we compute marks the pair dirty again and is not lost; this also
        // locks the row, so the share read next is the one counted in the program's figures
        dsl.update(INSIGHT_PAIR_ROLLUP).set(INSIGHT_PAIR_ROLLUP.DIRTY, false).where(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.eq(id.value())).execute();
        ProgramRollups.Share before = ProgramRollups.Share.of(pairRow(id.value()));
        ProgramRollups.Groups groups = programs.groupsOf(mentorship.get().menteeId().value());
        PairFigures f = scorecards.compute(organization, mentorship.get(), now);
        var ratings = f.ratingsOverTime();
        var autonomy = f.autonomy();
        PairMoments moments = PairMoments.of(read.checkIns(organization, id), properties.cadenceWindow(), now);
        dsl.update(INSIGHT_PAIR_ROLLUP)
                .set(INSIGHT_PAIR_ROLLUP.REFRESHED_AT, now)
                .set(INSIGHT_PAIR_ROLLUP.BALANCE_REVIEW, f.balance().review())
                .set(INSIGHT_PAIR_ROLLUP.BALANCE_ADJUSTMENT, f.balance().adjustment())
                .set(INSIGHT_PAIR_ROLLUP.BALANCE_CELEBRATION, f.balance().celebration())
                .set(INSIGHT_PAIR_ROLLUP.CHECKINS_DUE, f.cadence().due())
                .set(INSIGHT_PAIR_ROLLUP.CHECKINS_IN_WINDOW, f.cadence().heldInWindow())
                .set(INSIGHT_PAIR_ROLLUP.CHECKINS_MISSED, f.cadence().missed())
                .set(INSIGHT_PAIR_ROLLUP.MISSED_STREAK, f.cadence().missedStreak())
                .set(INSIGHT_PAIR_ROLLUP.LONGEST_MISSED, f.cadence().longestMissedStreak())
                .set(INSIGHT_PAIR_ROLLUP.GOALS_ACHIEVED, f.goals().achieved())
                .set(INSIGHT_PAIR_ROLLUP.GOALS_DECIDED, f.goals().decided())
                .set(INSIGHT_PAIR_ROLLUP.RATING_COUNT, ratings.size())
                .set(INSIGHT_PAIR_ROLLUP.CLARITY_SUM, ratings.stream().mapToInt(PairFigures.RatingPoint::clarity).sum())
                .set(INSIGHT_PAIR_ROLLUP.USEFULNESS_SUM, ratings.stream().mapToInt(PairFigures.RatingPoint::usefulness).sum())
                .set(INSIGHT_PAIR_ROLLUP.SUPPORT_SUM, ratings.stream().mapToInt(PairFigures.RatingPoint::support).sum())
                .set(INSIGHT_PAIR_ROLLUP.AUTONOMY_COUNT, autonomy.points().size())
                .set(INSIGHT_PAIR_ROLLUP.AUTONOMY_SLOPE, autonomy.slope())
                .set(INSIGHT_PAIR_ROLLUP.AUTONOMY_LATEST, autonomy.latest())
                .set(INSIGHT_PAIR_ROLLUP.RISKS_OPEN, f.risks().open())
                .set(INSIGHT_PAIR_ROLLUP.RISKS_HIGH, f.risks().high())
                .set(INSIGHT_PAIR_ROLLUP.RECHECKS_ANSWERED, f.retention().answered())
                .set(INSIGHT_PAIR_ROLLUP.RECHECKS_SHOWN, f.retention().shownAgain())
                .set(INSIGHT_PAIR_ROLLUP.STARVED, Nudges.starvedKind(f.signals()))
                .set(INSIGHT_PAIR_ROLLUP.GOALS_OFF_TRACK, f.goals().offTrack())
                .set(INSIGHT_PAIR_ROLLUP.LAST_HELD_AT, moments.lastHeldAt())
                .set(INSIGHT_PAIR_ROLLUP.NEXT_CHECK_IN_AT, moments.nextAt())
                .set(INSIGHT_PAIR_ROLLUP.UNRATED_SINCE, moments.unratedSince())
                .set(INSIGHT_PAIR_ROLLUP.BY_TEAM, groups.team()).set(INSIGHT_PAIR_ROLLUP.BY_ROLE, groups.role())
                .set(INSIGHT_PAIR_ROLLUP.BY_SENIORITY, groups.seniority())
                .where(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.eq(id.value()))
                .execute();
        // the program's figures move by the difference, in this transaction (decision 0097)
        programs.move(before, ProgramRollups.Share.of(pairRow(id.value())));
        return true;
    }

    /** Marks dirty every pair with a check-in rated (by the mentee, or for autonomy by the mentor) since the last scan. */
    void scanRatings() {
        Instant now = clock.instant();
        Instant mark = dsl.select(INSIGHT_REFRESH_MARK.MARK_AT).from(INSIGHT_REFRESH_MARK)
                .where(INSIGHT_REFRESH_MARK.NAME.eq("ratings")).fetchOne(INSIGHT_REFRESH_MARK.MARK_AT);
        Instant since = mark == null ? Instant.EPOCH : mark.minus(SCAN_OVERLAP);
        var rated = dsl.selectDistinct(CHECK_IN.MENTORSHIP_ID).from(CHECK_IN).where(CHECK_IN.RATED_AT.gt(since))
                .unionAll(dsl.selectDistinct(CHECK_IN.MENTORSHIP_ID).from(CHECK_IN).where(CHECK_IN.AUTONOMY_RATED_AT.gt(since)));
        dsl.update(INSIGHT_PAIR_ROLLUP).set(INSIGHT_PAIR_ROLLUP.DIRTY, true)
                .where(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.in(rated)).and(INSIGHT_PAIR_ROLLUP.DIRTY.isFalse()).execute();
        Instant nowAt = now;
        if (mark == null) {
            dsl.insertInto(INSIGHT_REFRESH_MARK).set(INSIGHT_REFRESH_MARK.NAME, "ratings").set(INSIGHT_REFRESH_MARK.MARK_AT, nowAt)
                    .onConflict(INSIGHT_REFRESH_MARK.NAME).doUpdate().set(INSIGHT_REFRESH_MARK.MARK_AT, nowAt).execute();
        } else {
            dsl.update(INSIGHT_REFRESH_MARK).set(INSIGHT_REFRESH_MARK.MARK_AT, nowAt).where(INSIGHT_REFRESH_MARK.NAME.eq("ratings")).execute();
        }
    }

    /**
     * A group of pairs added up by the database: the sums and counts {@link ProgramFigures#of(Sums)} turns into
     * figures. Respondents are distinct people (a mentee in two pairs answers once), as in the per-pair sums.
     */
    record Sums(String name, int pairs, int dirty, Instant refreshedAt, int balances, double balanceReview, double balanceAdjustment,
                double balanceCelebration, int checkInsDue, int checkInsInWindow, int missedStreaks, int goalsAchieved, int goalsDecided,
                int ratingCount, int claritySum, int usefulnessSum, int supportSum, int raters, int autonomyRaters, int slopes,
                double slopeSum, int risksOpen, int risksHigh, int rechecksAnswered, int rechecksShown, int starvedReview,
                int starvedAdjustment, int starvedCelebration) {
    }

    /** What a breakdown groups the pairs by: a property of the mentee. */
    enum By {
        TEAM, ROLE, SENIORITY
    }

    /** The program's sums and its three breakdowns. */
    record Added(Sums total, List<Sums> byTeam, List<Sums> byRole, List<Sums> bySeniority) {

        List<Sums> by(By by) {
            return switch (by) {
                case TEAM -> byTeam;
                case ROLE -> byRole;
                case SENIORITY -> bySeniority;
            };
        }
    }

    /** The program's pairs added up into one group (its name is empty). */
    Sums total(OrganizationId organization, ProgramId program) {
        return added(organization, program).total();
    }

    /** The program's pairs added up per team, job title (the role) or seniority of the mentee; unnamed ones as "Not set". */
    List<Sums> breakdown(OrganizationId organization, ProgramId program, By by) {
        return added(organization, program).by(by);
    }

    /**
     * What the dashboard shows: the program's figures as kept up to date per group (decision 0097), a few dozen rows
     * however many pairs and check-ins the program has.
     */
    Added added(OrganizationId organization, ProgramId program) {
        return programs.read(organization, program);
    }

    /**
     * The same figures added up from scratch over every pair's rollup, in one statement: the program's pairs are
     * joined to their mentee once (a CTE), then added up four times — the whole program, and grouped per team, role
     * and seniority — with UNION ALL. What the dashboard read per request before decision 0097; now the reference
     * the kept figures are tested against ({@code ProgramRollupsIntegrationTests}).
     */
    Added addedFromPairs(OrganizationId organization, ProgramId program) {
        var r = INSIGHT_PAIR_ROLLUP;
        var pairs = DSL.name("pairs").as(dsl.select(r.MENTOR_ID, r.MENTEE_ID, r.DIRTY, r.REFRESHED_AT, r.BALANCE_REVIEW, r.BALANCE_ADJUSTMENT,
                        r.BALANCE_CELEBRATION, r.CHECKINS_DUE, r.CHECKINS_IN_WINDOW, r.MISSED_STREAK, r.GOALS_ACHIEVED, r.GOALS_DECIDED,
                        r.RATING_COUNT, r.CLARITY_SUM, r.USEFULNESS_SUM, r.SUPPORT_SUM, r.AUTONOMY_COUNT, r.AUTONOMY_SLOPE, r.RISKS_OPEN,
                        r.RISKS_HIGH, r.RECHECKS_ANSWERED, r.RECHECKS_SHOWN, r.STARVED,
                        named(PERSON.TEAM).as("by_team"), named(PERSON.TITLE).as("by_role"), named(PERSON.SENIORITY).as("by_seniority"))
                .from(r).join(PERSON).on(PERSON.ID.eq(r.MENTEE_ID))
                .where(r.ORGANIZATION_ID.eq(organization.value())).and(r.PROGRAM_ID.eq(program.value()))
                .and(PERSON.ORGANIZATION_ID.eq(organization.value())));
        Field<String> team = pairs.field("by_team", String.class);
        Field<String> role = pairs.field("by_role", String.class);
        Field<String> seniority = pairs.field("by_seniority", String.class);
        var result = dsl.with(pairs)
                .select(sums(pairs, DSL.inline("TOTAL"), DSL.inline(""))).from(pairs)
                .unionAll(DSL.select(sums(pairs, DSL.inline("TEAM"), team)).from(pairs).groupBy(team))
                .unionAll(DSL.select(sums(pairs, DSL.inline("ROLE"), role)).from(pairs).groupBy(role))
                .unionAll(DSL.select(sums(pairs, DSL.inline("SENIORITY"), seniority)).from(pairs).groupBy(seniority))
                .fetch();
        Sums total = null;
        Map<String, List<Sums>> groups = new HashMap<>();
        for (Record x : result) {
            Sums sums = new Sums(x.get(1, String.class), integer(x, 2), integer(x, 3), x.get(4, Instant.class),
                    integer(x, 5), decimal(x, 6), decimal(x, 7), decimal(x, 8), integer(x, 9), integer(x, 10), integer(x, 11), integer(x, 12),
                    integer(x, 13), integer(x, 14), integer(x, 15), integer(x, 16), integer(x, 17), integer(x, 18), integer(x, 19),
                    integer(x, 20), decimal(x, 21), integer(x, 22), integer(x, 23), integer(x, 24), integer(x, 25), integer(x, 26),
                    integer(x, 27), integer(x, 28));
            String dimension = x.get(0, String.class);
            if ("TOTAL".equals(dimension)) {
                total = sums;
            } else {
                groups.computeIfAbsent(dimension, k -> new ArrayList<>()).add(sums);
            }
        }
        return new Added(total, groups.getOrDefault("TEAM", List.of()), groups.getOrDefault("ROLE", List.of()),
                groups.getOrDefault("SENIORITY", List.of()));
    }

    private static Field<String> named(Field<String> property) {
        return ProgramRollups.named(property);
    }

    private static List<Field<?>> sums(Table<?> p, Field<String> dimension, Field<String> name) {
        var r = INSIGHT_PAIR_ROLLUP;
        Function<Field<Integer>, Field<Integer>> i = f -> p.field(f.getName(), Integer.class);
        Function<Field<Double>, Field<Double>> d = f -> p.field(f.getName(), Double.class);
        Field<Integer> ratingCount = i.apply(r.RATING_COUNT);
        var rated = ratingCount.gt(0);
        var known = d.apply(r.BALANCE_REVIEW).isNotNull();
        Field<String> starved = p.field(r.STARVED.getName(), String.class);
        return List.of(dimension.as("dimension"), name.as("group_name"), DSL.count(),
                DSL.count().filterWhere(p.field(r.DIRTY.getName(), Boolean.class).isTrue()),
                DSL.min(p.field(r.REFRESHED_AT.getName(), Instant.class)),
                DSL.count(d.apply(r.BALANCE_REVIEW)), DSL.sum(d.apply(r.BALANCE_REVIEW)),
                DSL.sum(DSL.when(known, d.apply(r.BALANCE_ADJUSTMENT))), DSL.sum(DSL.when(known, d.apply(r.BALANCE_CELEBRATION))),
                DSL.sum(i.apply(r.CHECKINS_DUE)), DSL.sum(i.apply(r.CHECKINS_IN_WINDOW)), DSL.count().filterWhere(i.apply(r.MISSED_STREAK).gt(1)),
                DSL.sum(i.apply(r.GOALS_ACHIEVED)), DSL.sum(i.apply(r.GOALS_DECIDED)),
                DSL.sum(DSL.when(rated, ratingCount)), DSL.sum(DSL.when(rated, i.apply(r.CLARITY_SUM))),
                DSL.sum(DSL.when(rated, i.apply(r.USEFULNESS_SUM))), DSL.sum(DSL.when(rated, i.apply(r.SUPPORT_SUM))),
                DSL.countDistinct(DSL.when(rated, p.field(r.MENTEE_ID.getName(), UUID.class))),
                DSL.countDistinct(DSL.when(i.apply(r.AUTONOMY_COUNT).gt(0), p.field(r.MENTOR_ID.getName(), UUID.class))),
                DSL.count(d.apply(r.AUTONOMY_SLOPE)), DSL.sum(d.apply(r.AUTONOMY_SLOPE)),
                DSL.sum(i.apply(r.RISKS_OPEN)), DSL.sum(i.apply(r.RISKS_HIGH)), DSL.sum(i.apply(r.RECHECKS_ANSWERED)),
                DSL.sum(i.apply(r.RECHECKS_SHOWN)),
                DSL.count().filterWhere(starved.eq("REVIEW")), DSL.count().filterWhere(starved.eq("ADJUSTMENT")),
                DSL.count().filterWhere(starved.eq("CELEBRATION")));
    }

    private static int integer(Record record, int index) {
        Number n = record.get(index, Long.class);
        return n == null ? 0 : n.intValue();
    }

    private static double decimal(Record record, int index) {
        Double d = record.get(index, Double.class);
        return d == null ? 0 : d;
    }

    /** The rollups of a program's pairs with the mentee's team, job title (the role) and seniority. */
    List<Row> rows(OrganizationId organization, ProgramId program) {
        var r = INSIGHT_PAIR_ROLLUP;
        return dsl.select(r.MENTORSHIP_ID, r.MENTOR_ID, r.MENTEE_ID, PERSON.TEAM, PERSON.TITLE, PERSON.SENIORITY, r.DIRTY, r.REFRESHED_AT,
                        r.BALANCE_REVIEW, r.BALANCE_ADJUSTMENT, r.BALANCE_CELEBRATION, r.CHECKINS_DUE, r.CHECKINS_IN_WINDOW,
                        r.CHECKINS_MISSED, r.MISSED_STREAK, r.GOALS_ACHIEVED, r.GOALS_DECIDED, r.RATING_COUNT, r.CLARITY_SUM,
                        r.USEFULNESS_SUM, r.SUPPORT_SUM, r.AUTONOMY_COUNT, r.AUTONOMY_SLOPE, r.RISKS_OPEN, r.RISKS_HIGH,
                        r.RECHECKS_ANSWERED, r.RECHECKS_SHOWN, r.STARVED)
                .from(r).join(PERSON).on(PERSON.ID.eq(r.MENTEE_ID))
                .where(r.ORGANIZATION_ID.eq(organization.value())).and(r.PROGRAM_ID.eq(program.value()))
                .and(PERSON.ORGANIZATION_ID.eq(organization.value()))
                .fetch(x -> new Row(x.get(r.MENTORSHIP_ID), x.get(r.MENTOR_ID), x.get(r.MENTEE_ID), x.get(PERSON.TEAM), x.get(PERSON.TITLE),
                        x.get(PERSON.SENIORITY), x.get(r.DIRTY), x.get(r.REFRESHED_AT),
                        x.get(r.BALANCE_REVIEW) == null ? Balance.EMPTY
                                : new Balance(x.get(r.BALANCE_REVIEW), x.get(r.BALANCE_ADJUSTMENT), x.get(r.BALANCE_CELEBRATION)),
                        x.get(r.CHECKINS_DUE), x.get(r.CHECKINS_IN_WINDOW), x.get(r.CHECKINS_MISSED), x.get(r.MISSED_STREAK),
                        x.get(r.GOALS_ACHIEVED), x.get(r.GOALS_DECIDED), x.get(r.RATING_COUNT), x.get(r.CLARITY_SUM),
                        x.get(r.USEFULNESS_SUM), x.get(r.SUPPORT_SUM), x.get(r.AUTONOMY_COUNT), x.get(r.AUTONOMY_SLOPE),
                        x.get(r.RISKS_OPEN), x.get(r.RISKS_HIGH), x.get(r.RECHECKS_ANSWERED), x.get(r.RECHECKS_SHOWN), x.get(r.STARVED)));
    }

}
