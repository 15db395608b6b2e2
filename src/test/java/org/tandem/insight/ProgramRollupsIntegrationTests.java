package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.INSIGHT_GROUP_RATER;
import static org.tandem.db.Tables.INSIGHT_GROUP_ROLLUP;
import static org.tandem.db.Tables.INSIGHT_PAIR_ROLLUP;
import static org.tandem.insight.InsightFixtures.daysAgo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.insight.InsightFixtures.Held;
import org.tandem.insight.InsightRollups.Added;
import org.tandem.insight.InsightRollups.By;
import org.tandem.insight.InsightRollups.Row;
import org.tandem.insight.InsightRollups.Sums;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonDraft;
import org.tandem.program.ProgramId;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * The program's figures are kept up to date as pairs change (decision 0097). Here random changes — pairs started,
 * check-ins held, missed or cancelled, ratings given later, mentees moved to another team, title or seniority,
 * people erased, pairs refreshed a few at a time — are played, and after each one the kept figures must equal the
 * same figures added up from scratch over every pair (the query the dashboard ran before), on H2 and PostgreSQL.
 */
@IntegrationTest
@PostgresRelevant
class ProgramRollupsIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    InsightRollups rollups;

    @Autowired
    PeopleService people;

    @Autowired
    ProgramDashboards dashboards;

    @Autowired
    DSLContext dsl;

    World world;
    InsightFixtures fixtures;
    OrganizationId organization;
    ProgramId program;
    Actor admin;

    /** Sums of doubles added and taken away in another order than the database adds them: equal up to rounding. */
    private static final Comparator<Double> CLOSE = (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);

    private static final List<String> TEAMS = List.of("Blue", "Green", "Red");
    private static final List<String> TITLES = List.of("Engineer", "Designer");
    private static final List<String> SENIORITIES = List.of("JUNIOR", "MID", "SENIOR");

    @BeforeEach
    void setUp() {
        world = World.create(context);
        fixtures = new InsightFixtures(context, world);
        organization = world.organization().id();
        program = world.program().id();
        admin = World.actor(world.admin());
    }

    @Test
    void figuresKeptUpToDateEqualThoseAddedUpFromScratchAfterEveryRandomChange() {
        Random random = new Random(Long.getLong("tandem.insight.seed", 97L));
        List<Mentorship> pairs = new ArrayList<>(List.of(world.mentorship(), world.otherMentorship()));
        List<Given> unrated = new ArrayList<>();
        java.util.Set<org.tandem.people.PersonId> erased = new java.util.HashSet<>();
        int steps = Integer.getInteger("tandem.insight.steps", 60);
        for (int step = 0; step < steps; step++) {
            Mentorship pair = pairs.get(random.nextInt(pairs.size()));
            int what = random.nextInt(10);
            String did;
            switch (what) {
                case 0 -> {
                    pairs.add(fixtures.pairWithNewMentee(pick(random, TEAMS, true)));
                    did = "a pair started";
                }
                case 1, 2 -> {
                    UUID id = fixtures.completed(pair, daysAgo(1 + random.nextInt(90)), new Held(random.nextInt(30), random.nextInt(30),
                            random.nextInt(20), random.nextInt(3), random.nextBoolean() ? 1 + random.nextInt(5) : null,
                            random.nextBoolean() ? 1 + random.nextInt(5) : null));
                    unrated.add(new Given(id, pair));
                    did = "a check-in held";
                }
                case 3 -> {
                    fixtures.missed(pair, daysAgo(1 + random.nextInt(90)));
                    did = "a check-in missed";
                }
                case 4 -> {
                    fixtures.checkIn(pair, daysAgo(1 + random.nextInt(90)), "CANCELLED", null, null);
                    did = "a check-in cancelled";
                }
                case 5 -> {
                    if (unrated.isEmpty()) {
                        continue;
                    }
                    Given given = unrated.remove(random.nextInt(unrated.size()));
                    rateLater(given.checkIn(), 1 + random.nextInt(5), 1 + random.nextInt(5));
                    // what the rating scan does for it (the scan itself looks at every organization: not here, where test classes run side by side)
                    rollups.markDirty(given.mentorship().id());
                    did = "a rating given later";
                }
                case 6 -> {
                    if (erased.contains(pair.menteeId())) {
                        continue;
                    }
                    move(pair.menteeId(), pick(random, TEAMS, true), pick(random, TITLES, true), pick(random, SENIORITIES, false));
                    did = "a mentee moved";
                }
                case 7 -> {
                    if (random.nextInt(3) > 0 || !erased.add(pair.menteeId())) {
                        continue;
                    }
                    people.erase(admin, pair.menteeId());
                    did = "a mentee erased";
                }
                case 8 -> {
                    rollups.refreshDirtyOf(organization, program, 1 + random.nextInt(3));
                    did = "a few pairs refreshed";
                }
                default -> {
                    refresh();
                    did = "every changed pair refreshed";
                }
            }
            assertKeptEqualsFromScratch("step " + step + ": " + did);
        }
        refresh();
        assertKeptEqualsFromScratch("at the end");
        // and the figures the dashboard shows are those of the pairs added up one by one in Java
        List<Row> rows = rollups.rows(organization, program);
        assertThat(rows).hasSize(pairs.size());
        var dashboard = dashboards.dashboard(World.actor(world.lead()), program);
        assertThat(dashboard.pendingPairs()).isZero();
        assertThat(dashboard.figures()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class).ignoringCollectionOrder()
                .isEqualTo(ProgramFigures.total(rows, world.program().surveyThreshold()));
        assertThat(dashboard.byTeam()).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class).ignoringCollectionOrder()
                .isEqualTo(ProgramFigures.breakdown(rows, Row::team, world.program().surveyThreshold()));
    }

    @Test
    void aChangeToAPairAlreadyMarkedDirtyStillHoldsItsRowSoARefreshCannotLeaveThePairCleanWithoutIt() throws Exception {
        fixtures.completed(world.mentorship(), daysAgo(10), new Held(10, 10, 10, 1, 4, 3));
        UUID pair = world.mentorship().id().value();
        assertThat(dsl.select(INSIGHT_PAIR_ROLLUP.DIRTY).from(INSIGHT_PAIR_ROLLUP).where(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.eq(pair))
                .fetchOne(INSIGHT_PAIR_ROLLUP.DIRTY)).as("marked by the check-in").isTrue();
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);

        // a second change marks the pair inside its own transaction, not committed yet; meanwhile a refresh tries to
        // take the pair (its first step, `dirty = false`, needs the same row)
        transactions.executeWithoutResult(change -> {
            rollups.markDirty(world.mentorship().id());
            try (var refresher = Executors.newSingleThreadExecutor()) {
                Throwable refused = refresher.submit(() -> {
                    try {
                        transactions.executeWithoutResult(refresh -> dsl.selectFrom(INSIGHT_PAIR_ROLLUP)
                                .where(INSIGHT_PAIR_ROLLUP.MENTORSHIP_ID.eq(pair)).forUpdate().noWait().fetch());
                        return null;
                    } catch (DataAccessException e) {
                        return e;
                    }
                }).get(30, TimeUnit.SECONDS);
                assertThat(refused).as("the refresh must wait for the change that marked the pair").isNotNull();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void movingAMenteeToAnotherTeamMovesTheirPairAtOnceWithoutARefresh() {
        fixtures.completed(world.mentorship(), daysAgo(10), new Held(10, 10, 10, 1, 4, 3));
        refresh();
        String before = world.mentee().team();

        move(world.mentee().id(), "Platform", null, "SENIOR");

        Added kept = rollups.added(organization, program);
        assertThat(kept.byTeam()).extracting(Sums::name).contains("Platform").doesNotContain(ProgramFigures.NOT_SET);
        assertThat(kept.byTeam()).filteredOn(s -> s.name().equals("Platform")).singleElement()
                .satisfies(s -> assertThat(s.raters()).isEqualTo(1)).satisfies(s -> assertThat(s.pairs()).isEqualTo(1));
        assertThat(kept.byRole()).extracting(Sums::name).containsExactly(ProgramFigures.NOT_SET);
        assertThat(kept.byTeam()).filteredOn(s -> s.name().equals(before)).singleElement()
                .satisfies(s -> assertThat(s.raters()).isZero()).satisfies(s -> assertThat(s.pairs()).isEqualTo(1));
        assertKeptEqualsFromScratch("after the move");
    }

    @Test
    void erasingAMenteeKeepsEveryFigureOfTheProgram() {
        fixtures.completed(world.mentorship(), daysAgo(20), new Held(10, 5, 5, 1, 5, 2));
        fixtures.completed(world.mentorship(), daysAgo(6), new Held(5, 10, 0, 0, 3, 4));
        fixtures.missed(world.otherMentorship(), daysAgo(8));
        refresh();
        Added before = rollups.added(organization, program);

        people.erase(admin, world.mentee().id());
        refresh();

        assertSameAdded(rollups.added(organization, program), before, "after erasure");
        assertKeptEqualsFromScratch("after erasure");
    }

    @Test
    void pairsNotCountedYetAreCountedInOnStartAndARebuildGivesTheSameFigures() {
        fixtures.completed(world.mentorship(), daysAgo(20), new Held(10, 5, 5, 1, 5, 2));
        fixtures.missed(world.otherMentorship(), daysAgo(8));
        Mentorship third = fixtures.pairWithNewMentee(null);
        fixtures.completed(third, daysAgo(3), new Held(0, 0, 30, 2, 2, null));
        refresh();
        Added kept = rollups.added(organization, program);

        rollups.rebuild(organization, program);
        assertSameAdded(rollups.added(organization, program), kept, "after a rebuild");

        // as after migrating to V26: the pairs are there, the program's figures are not
        dsl.update(INSIGHT_PAIR_ROLLUP).setNull(INSIGHT_PAIR_ROLLUP.BY_TEAM).setNull(INSIGHT_PAIR_ROLLUP.BY_ROLE)
                .setNull(INSIGHT_PAIR_ROLLUP.BY_SENIORITY).where(INSIGHT_PAIR_ROLLUP.PROGRAM_ID.eq(program.value())).execute();
        dsl.deleteFrom(INSIGHT_GROUP_RATER).where(INSIGHT_GROUP_RATER.PROGRAM_ID.eq(program.value())).execute();
        dsl.deleteFrom(INSIGHT_GROUP_ROLLUP).where(INSIGHT_GROUP_ROLLUP.PROGRAM_ID.eq(program.value())).execute();
        assertThat(rollups.added(organization, program).total().pairs()).isZero();

        assertThat(rollups.countInUncountedPairs()).isGreaterThanOrEqualTo(1);
        assertSameAdded(rollups.added(organization, program), kept, "counted in on start");

        // and from then on changes move them again
        fixtures.completed(third, daysAgo(1), new Held(10, 10, 10, 0, 4, 1));
        refresh();
        assertKeptEqualsFromScratch("a change after counting in");
    }

    @Test
    void anotherProgramsChangesDoNotMoveThisProgramsFigures() {
        fixtures.completed(world.mentorship(), daysAgo(20), new Held(10, 5, 5, 1, 5, 2));
        refresh();
        Added before = rollups.added(organization, program);
        World other = World.create(context);
        new InsightFixtures(context, other).completed(other.mentorship(), daysAgo(5), new Held(10, 10, 10, 0, 1, 1));
        rollups.refreshDirtyOf(other.organization().id(), other.program().id(), 1000);

        assertSameAdded(rollups.added(organization, program), before, "after another program's change");
        assertThat(rollups.added(other.organization().id(), other.program().id()).total().pairs()).isEqualTo(2);
    }

    /** A check-in held without a rating yet, and its pair. */
    private record Given(UUID checkIn, Mentorship mentorship) {
    }

    /** This program's changed pairs recomputed (not every organization's, as the recurring task does). */
    private void refresh() {
        rollups.refreshDirtyOf(organization, program, 1000);
    }

    private void rateLater(UUID checkIn, int rating, int autonomy) {
        Instant now = Instant.now();
        dsl.update(CHECK_IN).set(CHECK_IN.RATING_CLARITY, rating).set(CHECK_IN.RATING_USEFULNESS, rating).set(CHECK_IN.RATING_SUPPORT, rating)
                .set(CHECK_IN.RATED_AT, now).set(CHECK_IN.AUTONOMY_RATING, autonomy).set(CHECK_IN.AUTONOMY_RATED_AT, now)
                .where(CHECK_IN.ID.eq(checkIn)).and(CHECK_IN.RATED_AT.isNull()).execute();
    }

    private void move(org.tandem.people.PersonId mentee, String team, String title, String seniority) {
        Person p = people.get(admin, mentee);
        people.update(admin, mentee, new PersonDraft(p.email(), p.displayName(), p.roles(), team, title, seniority, p.timeZone().getId(), null),
                OptionalLong.empty());
    }

    private static String pick(Random random, List<String> values, boolean blankToo) {
        int n = random.nextInt(values.size() + (blankToo ? 2 : 0));
        return n < values.size() ? values.get(n) : n == values.size() ? null : " ";
    }

    private void assertKeptEqualsFromScratch(String when) {
        // Test classes beside this one share the database: their scans mark pairs dirty (rated since the last scan,
        // this program's too) and their refreshes recompute them. When the pairs changed between the two reads, the
        // comparison is taken again.
        Added fromScratch;
        Added kept;
        int tries = 0;
        do {
            fromScratch = rollups.addedFromPairs(organization, program);
            kept = rollups.added(organization, program);
        } while (++tries < 10 && !fromScratch.total().equals(rollups.addedFromPairs(organization, program).total()));
        assertThat(kept.total().refreshedAt()).as(when + ": fresh as of").isEqualTo(fromScratch.total().refreshedAt());
        assertSameAdded(kept, fromScratch, when);
    }

    /**
     * The same figures; when the pairs were last computed may differ (a refresh may recompute a pair to the same
     * figures), and so may how many wait to be recomputed: that is live state, and the rating scan of any test class
     * running beside this one marks a pair rated since its last look as waiting.
     */
    private static void assertSameAdded(Added actual, Added expected, String when) {
        assertThat(actual.total()).as(when + ": the program").usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
                .ignoringFields("refreshedAt", "dirty").isEqualTo(expected.total());
        for (By by : By.values()) {
            List<Sums> a = actual.by(by).stream().sorted(Comparator.comparing(Sums::name)).toList();
            List<Sums> e = expected.by(by).stream().sorted(Comparator.comparing(Sums::name))
                    .map(s -> new Sums(s.name(), s.pairs(), 0, null, s.balances(), s.balanceReview(), s.balanceAdjustment(),
                            s.balanceCelebration(), s.checkInsDue(), s.checkInsInWindow(), s.missedStreaks(), s.goalsAchieved(),
                            s.goalsDecided(), s.ratingCount(), s.claritySum(), s.usefulnessSum(), s.supportSum(), s.raters(),
                            s.autonomyRaters(), s.slopes(), s.slopeSum(), s.risksOpen(), s.risksHigh(), s.rechecksAnswered(),
                            s.rechecksShown(), s.starvedReview(), s.starvedAdjustment(), s.starvedCelebration()))
                    .toList();
            List<Sums> groupsOnly = a.stream().map(s -> new Sums(s.name(), s.pairs(), 0, null, s.balances(), s.balanceReview(),
                    s.balanceAdjustment(), s.balanceCelebration(), s.checkInsDue(), s.checkInsInWindow(), s.missedStreaks(), s.goalsAchieved(),
                    s.goalsDecided(), s.ratingCount(), s.claritySum(), s.usefulnessSum(), s.supportSum(), s.raters(), s.autonomyRaters(),
                    s.slopes(), s.slopeSum(), s.risksOpen(), s.risksHigh(), s.rechecksAnswered(), s.rechecksShown(), s.starvedReview(),
                    s.starvedAdjustment(), s.starvedCelebration())).toList();
            assertThat(groupsOnly).as(when + ": by " + by).usingRecursiveFieldByFieldElementComparator(
                    org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(CLOSE, Double.class).build())
                    .containsExactlyElementsOf(e);
        }
    }
}
