package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.insight.InsightFixtures.daysAgo;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tandem.insight.InsightFixtures.Held;
import org.tandem.insight.InsightRollups.By;
import org.tandem.insight.InsightRollups.Row;
import org.tandem.insight.InsightRollups.Sums;
import org.tandem.mentorship.Mentorship;
import org.tandem.people.OrganizationId;
import org.tandem.program.ProgramId;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * The dashboard's figures are added up by the database (one aggregate per breakdown). Here they are checked against
 * the same figures added up pair by pair in Java, for a small world with two teams, on H2 and on PostgreSQL.
 */
@IntegrationTest
@PostgresRelevant
class GroupedFiguresIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    InsightRollups rollups;

    World world;
    InsightFixtures fixtures;
    OrganizationId organization;
    ProgramId program;

    /** Shares of the balance are sums of doubles, added in another order by the database: equal up to rounding. */
    private static final Comparator<Double> CLOSE = (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);

    @BeforeEach
    void setUp() {
        world = World.create(context);
        fixtures = new InsightFixtures(context, world);
        organization = world.organization().id();
        program = world.program().id();
    }

    private void twoTeams() {
        String team = world.mentee().team();
        // the world's team: ratings of 3 to 5, autonomy rising, a missed streak, a risk
        var first = fixtures.completed(world.mentorship(), daysAgo(42), new Held(20, 10, 0, 0, 4, 2));
        fixtures.completed(world.mentorship(), daysAgo(28), new Held(10, 10, 6, 2, 5, 3));
        fixtures.completed(world.mentorship(), daysAgo(14), new Held(5, 0, 0, 0, null, 4));
        fixtures.openRisk(world.mentorship(), first, 3, 3);
        fixtures.observation(world.mentorship(), first);
        fixtures.completed(world.otherMentorship(), daysAgo(30), new Held(10, 20, 10, 1, 3, null));
        fixtures.missed(world.otherMentorship(), daysAgo(16));
        fixtures.missed(world.otherMentorship(), daysAgo(2));
        for (int i = 0; i < 3; i++) {
            Mentorship m = fixtures.pairWithNewMentee(team);
            fixtures.completed(m, daysAgo(20 + i), new Held(10 + i, 5, 5 * i, i, 2 + i, i == 0 ? null : i));
        }
        // a second team "Solo": one rater, one pair with nothing held yet, and one pair whose mentee has no team
        Mentorship solo = fixtures.pairWithNewMentee("Solo");
        fixtures.completed(solo, daysAgo(10), new Held(0, 0, 30, 3, 1, 5));
        fixtures.pairWithNewMentee("Solo");
        Mentorship unnamed = fixtures.pairWithNewMentee(null);
        fixtures.completed(unnamed, daysAgo(12), new Held(15, 15, 15, 0, 5, null));
        rollups.refreshDirtyOf(organization, program, 1000);
    }

    @Test
    void theProgramsSumsFromTheDatabaseEqualThePairsAddedUpOneByOne() {
        twoTeams();
        List<Row> rows = rollups.rows(organization, program);
        Sums total = rollups.total(organization, program);

        assertThat(rows).hasSize(8);
        assertThat(total.pairs()).isEqualTo(8);
        assertThat(total.raters()).isEqualTo(7);
        assertSame(ProgramFigures.of(total), ProgramFigures.of(rows));
        assertThat(total.dirty()).isEqualTo((int) rows.stream().filter(Row::dirty).count());
        assertThat(total.refreshedAt()).isEqualTo(rows.stream().map(Row::refreshedAt).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow());
    }

    @Test
    void eachBreakdownsGroupsFromTheDatabaseEqualTheirPairsAddedUpOneByOne() {
        twoTeams();
        List<Row> rows = rollups.rows(organization, program);
        int threshold = world.program().surveyThreshold();

        var byTeam = ProgramFigures.breakdown(rollups.breakdown(organization, program, By.TEAM), threshold);
        assertThat(byTeam).extracting(ProgramFigures.Group::name)
                .containsExactly(ProgramFigures.NOT_SET, "Solo", world.mentee().team()).hasSize(3);
        assertSameGroups(byTeam, ProgramFigures.breakdown(rows, Row::team, threshold));
        assertSameGroups(ProgramFigures.breakdown(rollups.breakdown(organization, program, By.ROLE), threshold),
                ProgramFigures.breakdown(rows, Row::title, threshold));
        assertSameGroups(ProgramFigures.breakdown(rollups.breakdown(organization, program, By.SENIORITY), threshold),
                ProgramFigures.breakdown(rows, Row::seniority, threshold));
        // and with a threshold of one nothing is hidden, so every group's figures are compared, not only their hiding
        for (By by : By.values()) {
            var groups = ProgramFigures.breakdown(rollups.breakdown(organization, program, by), 1);
            var reference = ProgramFigures.breakdown(rows, switch (by) {
                case TEAM -> Row::team;
                case ROLE -> Row::title;
                case SENIORITY -> Row::seniority;
            }, 1);
            assertSameGroups(groups, reference);
        }
    }

    @Test
    void anotherProgramsPairsAreNotAddedIn() {
        twoTeams();
        World other = World.create(context);
        new InsightFixtures(context, other).completed(other.mentorship(), daysAgo(5), new Held(10, 10, 10, 0, 1, 1));
        rollups.refreshDirtyOf(other.organization().id(), other.program().id(), 1000);

        assertThat(rollups.total(organization, program).pairs()).isEqualTo(8);
        assertThat(rollups.total(other.organization().id(), other.program().id()).pairs()).isEqualTo(2);
        assertThat(rollups.total(organization, other.program().id()).pairs()).isZero();
    }

    private static void assertSame(ProgramFigures actual, ProgramFigures expected) {
        assertThat(actual).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class).ignoringCollectionOrder()
                .isEqualTo(expected);
    }

    private static void assertSameGroups(List<ProgramFigures.Group> actual, List<ProgramFigures.Group> expected) {
        assertThat(actual).extracting(ProgramFigures.Group::name).containsExactlyElementsOf(expected.stream().map(ProgramFigures.Group::name).toList());
        for (int i = 0; i < actual.size(); i++) {
            assertSame(actual.get(i).figures(), expected.get(i).figures());
        }
    }
}
