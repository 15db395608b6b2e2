package org.tandem.insight;

import static org.tandem.db.Tables.INSIGHT_GROUP_RATER;
import static org.tandem.db.Tables.INSIGHT_GROUP_ROLLUP;
import static org.tandem.db.Tables.INSIGHT_PAIR_ROLLUP;
import static org.tandem.db.Tables.PERSON;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.tandem.db.tables.records.InsightPairRollupRecord;
import org.tandem.insight.InsightRollups.Added;
import org.tandem.insight.InsightRollups.Sums;
import org.tandem.people.OrganizationId;
import org.tandem.program.ProgramId;

/**
 * The program dashboard's figures kept up to date (decision 0097): one row per program and group in
 * {@code insight_group_rollup} — the whole program, and each team, role and seniority of its mentees — holding the
 * sums and counts of its pairs' rollups. Whoever changes a pair's rollup row calls {@link #move} in the same
 * transaction, with the pair's share before and after: the share leaves its old groups and joins its new ones. So the
 * dashboard reads a few dozen rows, not one per pair. Respondents are distinct people, which do not add up; they are
 * kept exact by {@code insight_group_rater} (a person and in how many of the group's pairs they answered): a group's
 * {@code raters} goes up when a person's first pair joins and down when their last one leaves.
 *
 * <p>Locks are taken in one order — the pair's row first (by its caller), then rater rows, then group rows, each
 * sorted — so concurrent changes to pairs of one program wait for each other but never deadlock.
 */
@Component
class ProgramRollups {

    static final String TOTAL = "TOTAL";
    static final String MENTEE = "MENTEE";
    static final String MENTOR = "MENTOR";

    private static final List<Field<Integer>> INTS = List.of(INSIGHT_GROUP_ROLLUP.PAIRS, INSIGHT_GROUP_ROLLUP.BALANCES,
            INSIGHT_GROUP_ROLLUP.CHECKINS_DUE, INSIGHT_GROUP_ROLLUP.CHECKINS_IN_WINDOW, INSIGHT_GROUP_ROLLUP.MISSED_STREAKS,
            INSIGHT_GROUP_ROLLUP.GOALS_ACHIEVED, INSIGHT_GROUP_ROLLUP.GOALS_DECIDED, INSIGHT_GROUP_ROLLUP.RATING_COUNT,
            INSIGHT_GROUP_ROLLUP.CLARITY_SUM, INSIGHT_GROUP_ROLLUP.USEFULNESS_SUM, INSIGHT_GROUP_ROLLUP.SUPPORT_SUM,
            INSIGHT_GROUP_ROLLUP.SLOPES, INSIGHT_GROUP_ROLLUP.RISKS_OPEN, INSIGHT_GROUP_ROLLUP.RISKS_HIGH,
            INSIGHT_GROUP_ROLLUP.RECHECKS_ANSWERED, INSIGHT_GROUP_ROLLUP.RECHECKS_SHOWN, INSIGHT_GROUP_ROLLUP.STARVED_REVIEW,
            INSIGHT_GROUP_ROLLUP.STARVED_ADJUSTMENT, INSIGHT_GROUP_ROLLUP.STARVED_CELEBRATION, INSIGHT_GROUP_ROLLUP.RATERS,
            INSIGHT_GROUP_ROLLUP.AUTONOMY_RATERS);
    private static final int RATERS = 19;
    private static final int AUTONOMY_RATERS = 20;
    private static final List<Field<Double>> DOUBLES = List.of(INSIGHT_GROUP_ROLLUP.BALANCE_REVIEW, INSIGHT_GROUP_ROLLUP.BALANCE_ADJUSTMENT,
            INSIGHT_GROUP_ROLLUP.BALANCE_CELEBRATION, INSIGHT_GROUP_ROLLUP.SLOPE_SUM);

    private final DSLContext dsl;

    ProgramRollups(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A group of a program: the whole program (TOTAL, name ""), or one team, role or seniority. */
    record GroupKey(UUID organization, UUID program, String dimension, String name) implements Comparable<GroupKey> {

        private static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::organization).thenComparing(GroupKey::program)
                .thenComparing(GroupKey::dimension).thenComparing(GroupKey::name);

        @Override
        public int compareTo(GroupKey other) {
            return ORDER.compare(this, other);
        }

        Condition is() {
            var g = INSIGHT_GROUP_ROLLUP;
            return g.ORGANIZATION_ID.eq(organization).and(g.PROGRAM_ID.eq(program)).and(g.DIMENSION.eq(dimension)).and(g.GROUP_NAME.eq(name));
        }
    }

    private record RaterKey(GroupKey group, String side, UUID person) implements Comparable<RaterKey> {

        private static final Comparator<RaterKey> ORDER = Comparator.comparing(RaterKey::group).thenComparing(RaterKey::side)
                .thenComparing(RaterKey::person);

        @Override
        public int compareTo(RaterKey other) {
            return ORDER.compare(this, other);
        }

        Condition is() {
            var r = INSIGHT_GROUP_RATER;
            return r.ORGANIZATION_ID.eq(group.organization()).and(r.PROGRAM_ID.eq(group.program())).and(r.DIMENSION.eq(group.dimension()))
                    .and(r.GROUP_NAME.eq(group.name())).and(r.SIDE.eq(side)).and(r.PERSON_ID.eq(person));
        }
    }

    /** The team, role (job title) and seniority of a mentee, named as the dashboard shows them. */
    record Groups(String team, String role, String seniority) {

        static Groups of(String team, String title, String seniority) {
            return new Groups(named(team), named(title), named(seniority));
        }

        private static String named(String value) {
            return value == null || value.isBlank() ? ProgramFigures.NOT_SET : value;
        }
    }

    /**
     * One pair's share of its program's figures, from its rollup row: what it adds to the program and to its groups.
     * Null for a row not counted yet ({@code by_team} null: written before V26, or by the benchmark's generator).
     */
    record Share(UUID organization, UUID program, UUID mentor, UUID mentee, Groups groups, int[] ints, double[] doubles, boolean rated,
                 boolean autonomyRated) {

        static Share of(InsightPairRollupRecord r) {
            if (r == null || r.getByTeam() == null) {
                return null;
            }
            boolean balanced = r.getBalanceReview() != null;
            String starved = r.getStarved();
            int[] ints = {1, balanced ? 1 : 0, r.getCheckinsDue(), r.getCheckinsInWindow(), r.getMissedStreak() > 1 ? 1 : 0,
                    r.getGoalsAchieved(), r.getGoalsDecided(), r.getRatingCount(), r.getClaritySum(), r.getUsefulnessSum(), r.getSupportSum(),
                    r.getAutonomySlope() == null ? 0 : 1, r.getRisksOpen(), r.getRisksHigh(), r.getRechecksAnswered(), r.getRechecksShown(),
                    "REVIEW".equals(starved) ? 1 : 0, "ADJUSTMENT".equals(starved) ? 1 : 0, "CELEBRATION".equals(starved) ? 1 : 0, 0, 0};
            double[] doubles = {balanced ? r.getBalanceReview() : 0, balanced ? r.getBalanceAdjustment() : 0,
                    balanced ? r.getBalanceCelebration() : 0, r.getAutonomySlope() == null ? 0 : r.getAutonomySlope()};
            return new Share(r.getOrganizationId(), r.getProgramId(), r.getMentorId(), r.getMenteeId(),
                    new Groups(r.getByTeam(), r.getByRole(), r.getBySeniority()), ints, doubles, r.getRatingCount() > 0,
                    r.getAutonomyCount() > 0);
        }

        /** The same share counted in other groups (the mentee moved team, title or seniority). */
        Share in(Groups other) {
            return new Share(organization, program, mentor, mentee, other, ints, doubles, rated, autonomyRated);
        }

        List<GroupKey> keys() {
            return List.of(new GroupKey(organization, program, TOTAL, ""), new GroupKey(organization, program, InsightRollups.By.TEAM.name(),
                    groups.team()), new GroupKey(organization, program, InsightRollups.By.ROLE.name(), groups.role()),
                    new GroupKey(organization, program, InsightRollups.By.SENIORITY.name(), groups.seniority()));
        }
    }

    private static final class Delta {
        final int[] ints = new int[INTS.size()];
        final double[] doubles = new double[DOUBLES.size()];

        void add(Share share, int sign) {
            for (int i = 0; i < ints.length; i++) {
                ints[i] += sign * share.ints()[i];
            }
            for (int i = 0; i < doubles.length; i++) {
                doubles[i] += sign * share.doubles()[i];
            }
        }

        boolean isZero() {
            for (int v : ints) {
                if (v != 0) {
                    return false;
                }
            }
            for (double v : doubles) {
                if (v != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The mentee's groups as they are now. */
    Groups groupsOf(UUID mentee) {
        Record r = dsl.select(PERSON.TEAM, PERSON.TITLE, PERSON.SENIORITY).from(PERSON).where(PERSON.ID.eq(mentee)).fetchOne();
        return r == null ? Groups.of(null, null, null) : Groups.of(r.get(PERSON.TEAM), r.get(PERSON.TITLE), r.get(PERSON.SENIORITY));
    }

    /**
     * Moves a pair's share: {@code before} leaves its groups, {@code after} joins its groups (either may be null: not
     * counted). Call in the transaction that changed the pair's rollup row, after locking that row.
     */
    void move(Share before, Share after) {
        TreeMap<GroupKey, Delta> deltas = new TreeMap<>();
        TreeMap<RaterKey, Integer> raters = new TreeMap<>();
        if (before != null) {
            count(before, -1, deltas, raters);
        }
        if (after != null) {
            count(after, 1, deltas, raters);
        }
        raters.forEach((key, change) -> {
            if (change != 0) {
                int moved = rater(key, change);
                deltas.get(key.group()).ints[MENTEE.equals(key.side()) ? RATERS : AUTONOMY_RATERS] += moved;
            }
        });
        deltas.forEach((key, delta) -> {
            if (!delta.isZero()) {
                apply(key, delta);
            }
        });
    }

    private static void count(Share share, int sign, Map<GroupKey, Delta> deltas, Map<RaterKey, Integer> raters) {
        for (GroupKey key : share.keys()) {
            deltas.computeIfAbsent(key, k -> new Delta()).add(share, sign);
            if (share.rated()) {
                raters.merge(new RaterKey(key, MENTEE, share.mentee()), sign, Integer::sum);
            }
            if (share.autonomyRated()) {
                raters.merge(new RaterKey(key, MENTOR, share.mentor()), sign, Integer::sum);
            }
        }
    }

    /** Counts a person's pair in or out of a group; returns how the group's distinct respondents change (-1, 0, +1). */
    private int rater(RaterKey key, int change) {
        var r = INSIGHT_GROUP_RATER;
        if (change > 0) {
            dsl.insertInto(r).set(r.ORGANIZATION_ID, key.group().organization()).set(r.PROGRAM_ID, key.group().program())
                    .set(r.DIMENSION, key.group().dimension()).set(r.GROUP_NAME, key.group().name()).set(r.SIDE, key.side())
                    .set(r.PERSON_ID, key.person()).set(r.PAIRS, change)
                    .onConflict(r.ORGANIZATION_ID, r.PROGRAM_ID, r.DIMENSION, r.GROUP_NAME, r.SIDE, r.PERSON_ID).doUpdate()
                    .set(r.PAIRS, r.PAIRS.plus(change))
                    .execute();
        } else {
            dsl.update(r).set(r.PAIRS, r.PAIRS.plus(change)).where(key.is()).execute();
        }
        Integer pairs = dsl.select(r.PAIRS).from(r).where(key.is()).fetchOne(r.PAIRS);
        int now = pairs == null ? 0 : pairs;
        if (now <= 0) {
            dsl.deleteFrom(r).where(key.is()).execute();
        }
        boolean wasCounted = now - change > 0;
        boolean isCounted = now > 0;
        return (isCounted ? 1 : 0) - (wasCounted ? 1 : 0);
    }

    private void apply(GroupKey key, Delta delta) {
        var g = INSIGHT_GROUP_ROLLUP;
        Map<Field<?>, Object> insert = new LinkedHashMap<>();
        Map<Field<?>, Object> update = new LinkedHashMap<>();
        insert.put(g.ORGANIZATION_ID, key.organization());
        insert.put(g.PROGRAM_ID, key.program());
        insert.put(g.DIMENSION, key.dimension());
        insert.put(g.GROUP_NAME, key.name());
        for (int i = 0; i < INTS.size(); i++) {
            insert.put(INTS.get(i), delta.ints[i]);
            if (delta.ints[i] != 0) {
                update.put(INTS.get(i), INTS.get(i).plus(delta.ints[i]));
            }
        }
        for (int i = 0; i < DOUBLES.size(); i++) {
            insert.put(DOUBLES.get(i), delta.doubles[i]);
            if (delta.doubles[i] != 0) {
                update.put(DOUBLES.get(i), DOUBLES.get(i).plus(delta.doubles[i]));
            }
        }
        dsl.insertInto(g).set(insert).onConflict(g.ORGANIZATION_ID, g.PROGRAM_ID, g.DIMENSION, g.GROUP_NAME).doUpdate().set(update).execute();
        if (delta.ints[0] < 0) {
            // a group none of whose pairs is left goes (its sums of doubles may keep a rounding residue)
            dsl.deleteFrom(g).where(key.is()).and(g.PAIRS.le(0)).execute();
        }
    }

    /** What the dashboard reads: the program's group rows, and from the pairs' indexes how fresh they are. */
    Added read(OrganizationId organization, ProgramId program) {
        var g = INSIGHT_GROUP_ROLLUP;
        var p = INSIGHT_PAIR_ROLLUP;
        Condition ofProgram = p.ORGANIZATION_ID.eq(organization.value()).and(p.PROGRAM_ID.eq(program.value()));
        int dirty = dsl.fetchCount(p, ofProgram.and(p.DIRTY.isTrue()));
        java.time.Instant refreshedAt = dsl.select(DSL.min(p.REFRESHED_AT)).from(p).where(ofProgram).fetchOne(0, java.time.Instant.class);
        Sums total = new Sums("", 0, dirty, refreshedAt, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0);
        Map<String, List<Sums>> groups = new HashMap<>();
        for (var r : dsl.selectFrom(g).where(g.ORGANIZATION_ID.eq(organization.value())).and(g.PROGRAM_ID.eq(program.value()))
                .and(g.PAIRS.gt(0)).fetch()) {
            boolean isTotal = TOTAL.equals(r.getDimension());
            Sums sums = new Sums(r.getGroupName(), r.getPairs(), isTotal ? dirty : 0, isTotal ? total.refreshedAt() : null, r.getBalances(),
                    r.getBalanceReview(), r.getBalanceAdjustment(), r.getBalanceCelebration(), r.getCheckinsDue(), r.getCheckinsInWindow(),
                    r.getMissedStreaks(), r.getGoalsAchieved(), r.getGoalsDecided(), r.getRatingCount(), r.getClaritySum(),
                    r.getUsefulnessSum(), r.getSupportSum(), r.getRaters(), r.getAutonomyRaters(), r.getSlopes(), r.getSlopeSum(),
                    r.getRisksOpen(), r.getRisksHigh(), r.getRechecksAnswered(), r.getRechecksShown(), r.getStarvedReview(),
                    r.getStarvedAdjustment(), r.getStarvedCelebration());
            if (isTotal) {
                total = sums;
            } else {
                groups.computeIfAbsent(r.getDimension(), k -> new ArrayList<>()).add(sums);
            }
        }
        return new Added(total, groups.getOrDefault("TEAM", List.of()), groups.getOrDefault("ROLE", List.of()),
                groups.getOrDefault("SENIORITY", List.of()));
    }

    /**
     * Recounts one program from its pairs' rollup rows: the repair path, and how pairs not counted yet (rows from
     * before V26) are counted in when the application starts. Locks the program's pair rows first, so a pair refreshed
     * meanwhile waits and then moves its share from the recounted figures.
     */
    void rebuild(UUID organization, UUID program) {
        var p = INSIGHT_PAIR_ROLLUP;
        Condition ofProgram = p.ORGANIZATION_ID.eq(organization).and(p.PROGRAM_ID.eq(program));
        // This update locks every pair row of the program, as a refresh locks its pair's row before it moves the
        // figures: the recount waits for the moves under way and later ones wait for it, so none is lost.
        dsl.update(p)
                .set(p.BY_TEAM, DSL.field(DSL.select(named(PERSON.TEAM)).from(PERSON).where(PERSON.ID.eq(p.MENTEE_ID))))
                .set(p.BY_ROLE, DSL.field(DSL.select(named(PERSON.TITLE)).from(PERSON).where(PERSON.ID.eq(p.MENTEE_ID))))
                .set(p.BY_SENIORITY, DSL.field(DSL.select(named(PERSON.SENIORITY)).from(PERSON).where(PERSON.ID.eq(p.MENTEE_ID))))
                .where(ofProgram)
                .execute();
        var g = INSIGHT_GROUP_ROLLUP;
        var r = INSIGHT_GROUP_RATER;
        dsl.deleteFrom(r).where(r.ORGANIZATION_ID.eq(organization)).and(r.PROGRAM_ID.eq(program)).execute();
        dsl.deleteFrom(g).where(g.ORGANIZATION_ID.eq(organization)).and(g.PROGRAM_ID.eq(program)).execute();
        Map<String, Field<String>> dimensions = new LinkedHashMap<>();
        dimensions.put(TOTAL, DSL.inline(""));
        dimensions.put(InsightRollups.By.TEAM.name(), p.BY_TEAM);
        dimensions.put(InsightRollups.By.ROLE.name(), p.BY_ROLE);
        dimensions.put(InsightRollups.By.SENIORITY.name(), p.BY_SENIORITY);
        var rated = p.RATING_COUNT.gt(0);
        var known = p.BALANCE_REVIEW.isNotNull();
        dimensions.forEach((dimension, name) -> {
            List<Field<?>> columns = new ArrayList<>(List.of(g.ORGANIZATION_ID, g.PROGRAM_ID, g.DIMENSION, g.GROUP_NAME, g.PAIRS, g.BALANCES,
                    g.BALANCE_REVIEW, g.BALANCE_ADJUSTMENT, g.BALANCE_CELEBRATION, g.CHECKINS_DUE, g.CHECKINS_IN_WINDOW, g.MISSED_STREAKS,
                    g.GOALS_ACHIEVED, g.GOALS_DECIDED, g.RATING_COUNT, g.CLARITY_SUM, g.USEFULNESS_SUM, g.SUPPORT_SUM, g.RATERS,
                    g.AUTONOMY_RATERS, g.SLOPES, g.SLOPE_SUM, g.RISKS_OPEN, g.RISKS_HIGH, g.RECHECKS_ANSWERED, g.RECHECKS_SHOWN,
                    g.STARVED_REVIEW, g.STARVED_ADJUSTMENT, g.STARVED_CELEBRATION));
            List<Field<?>> values = List.of(DSL.inline(organization), DSL.inline(program), DSL.inline(dimension), name, DSL.count(),
                    DSL.count(p.BALANCE_REVIEW), zeroIfNull(DSL.sum(p.BALANCE_REVIEW)),
                    zeroIfNull(DSL.sum(DSL.when(known, p.BALANCE_ADJUSTMENT))), zeroIfNull(DSL.sum(DSL.when(known, p.BALANCE_CELEBRATION))),
                    intSum(p.CHECKINS_DUE), intSum(p.CHECKINS_IN_WINDOW), DSL.count().filterWhere(p.MISSED_STREAK.gt(1)),
                    intSum(p.GOALS_ACHIEVED), intSum(p.GOALS_DECIDED), intSum(p.RATING_COUNT), intSum(p.CLARITY_SUM), intSum(p.USEFULNESS_SUM),
                    intSum(p.SUPPORT_SUM), DSL.countDistinct(DSL.when(rated, p.MENTEE_ID)),
                    DSL.countDistinct(DSL.when(p.AUTONOMY_COUNT.gt(0), p.MENTOR_ID)), DSL.count(p.AUTONOMY_SLOPE),
                    zeroIfNull(DSL.sum(p.AUTONOMY_SLOPE)), intSum(p.RISKS_OPEN), intSum(p.RISKS_HIGH), intSum(p.RECHECKS_ANSWERED),
                    intSum(p.RECHECKS_SHOWN), DSL.count().filterWhere(p.STARVED.eq("REVIEW")),
                    DSL.count().filterWhere(p.STARVED.eq("ADJUSTMENT")), DSL.count().filterWhere(p.STARVED.eq("CELEBRATION")));
            var select = TOTAL.equals(dimension) ? DSL.select(values).from(p).where(ofProgram).having(DSL.count().gt(0))
                    : DSL.select(values).from(p).where(ofProgram).groupBy(name);
            dsl.insertInto(g).columns(columns).select(select).execute();
            for (String side : List.of(MENTEE, MENTOR)) {
                Field<UUID> person = MENTEE.equals(side) ? p.MENTEE_ID : p.MENTOR_ID;
                Condition answered = MENTEE.equals(side) ? rated : p.AUTONOMY_COUNT.gt(0);
                var raters = TOTAL.equals(dimension)
                        ? DSL.select(DSL.inline(organization), DSL.inline(program), DSL.inline(dimension), name, DSL.inline(side), person,
                                DSL.count()).from(p).where(ofProgram).and(answered).groupBy(person)
                        : DSL.select(DSL.inline(organization), DSL.inline(program), DSL.inline(dimension), name, DSL.inline(side), person,
                                DSL.count()).from(p).where(ofProgram).and(answered).groupBy(name, person);
                dsl.insertInto(r, r.ORGANIZATION_ID, r.PROGRAM_ID, r.DIMENSION, r.GROUP_NAME, r.SIDE, r.PERSON_ID, r.PAIRS).select(raters)
                        .execute();
            }
        });
    }

    /** Programs with pairs not counted yet: rows from before V26, or written by hand (the benchmark's generator). */
    List<UUID[]> uncounted() {
        var p = INSIGHT_PAIR_ROLLUP;
        return dsl.selectDistinct(p.ORGANIZATION_ID, p.PROGRAM_ID).from(p).where(p.BY_TEAM.isNull())
                .fetch(x -> new UUID[] {x.value1(), x.value2()});
    }

    /** A property of the mentee as a group's name: blank or missing ones together, as "Not set". */
    static Field<String> named(Field<String> property) {
        return DSL.when(property.isNull().or(DSL.trim(property).eq(DSL.inline(""))), DSL.inline(ProgramFigures.NOT_SET)).otherwise(property);
    }

    private static Field<Integer> intSum(Field<Integer> field) {
        return DSL.coalesce(DSL.sum(field), DSL.inline(java.math.BigDecimal.ZERO)).cast(Integer.class);
    }

    private static Field<Double> zeroIfNull(Field<java.math.BigDecimal> sum) {
        return DSL.coalesce(sum.cast(Double.class), DSL.inline(0.0));
    }
}
