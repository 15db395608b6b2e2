package org.tandem.goal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tandem.goal.Direction;
import org.tandem.goal.FieldChange;
import org.tandem.goal.GoalChangesAsked;
import org.tandem.goal.GoalRevisionId;
import org.tandem.goal.GoalStatus;
import org.tandem.mentorship.Pair;
import org.tandem.people.OrganizationId;
import org.tandem.shared.PageRequest;
import org.tandem.shared.StaleVersionException;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/** Goals survive the database as they went in, history only grows, and every read stays inside its organization. */
@IntegrationTest
@PostgresRelevant
class GoalRepositoryTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    GoalRepository goals;

    @Autowired
    MeasurementRepository measurements;

    World world;
    OrganizationId org;
    Pair pair;
    Instant now;
    LocalDate today;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        org = world.organization().id();
        pair = world.mentorship().pair();
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Test
    void aProposedGoalIsReadBackWithItsPairTermsAndSignatures() {
        Goal proposed = propose();

        Goal stored = goals.find(org, proposed.id()).orElseThrow();

        assertThat(stored.terms()).isEqualTo(proposed.terms());
        assertThat(stored.pair()).isEqualTo(pair);
        assertThat(stored.status()).isEqualTo(GoalStatus.PROPOSED);
        assertThat(stored.proposedBy()).isEqualTo(world.mentee().id());
        assertThat(stored.proposedAt()).isEqualTo(now);
        assertThat(stored.version()).isZero();
        assertThat(stored.events()).as("a loaded goal has nothing to publish").isEmpty();
    }

    @Test
    void numbersComeBackAsTypedWithoutTheStoredScale() {
        Goal proposed = propose(GoalFixtures.draft().withIndicator("Error rate", "%", new BigDecimal("2.50"), new BigDecimal("0.125"),
                Direction.DECREASE));

        Indicator indicator = goals.find(org, proposed.id()).orElseThrow().terms().indicator();

        assertThat(indicator.baseline()).isEqualByComparingTo("2.5").hasToString("2.5");
        assertThat(indicator.target()).hasToString("0.125");
    }

    @Test
    void savingBumpsTheVersionAndAStaleCopyIsRefused() {
        Goal proposed = propose();
        Goal loaded = goals.find(org, proposed.id()).orElseThrow();

        Goal agreed = goals.update(org, loaded.agree(world.mentor().id(), now.plusSeconds(60)));

        assertThat(agreed.version()).isEqualTo(1);
        assertThat(agreed.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(agreed.agreedBy()).contains(world.mentor().id());
        assertThatThrownBy(() -> goals.update(org, loaded.retire(world.mentee().id(), "Changed my mind", now.plusSeconds(90))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(goals.find(org, proposed.id()).orElseThrow().status()).isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void anAchievementProposalIsStoredWhileItWaitsAndKeptOnceAgreed() {
        Goal active = active();
        Instant proposedAt = now.plusSeconds(300);

        Goal waiting = goals.update(org, active.proposeAchievement(world.mentor().id(), "Two surveys above 80", proposedAt));

        assertThat(waiting.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(waiting.achievement()).contains(new Achievement(new Signature(world.mentor().id(), proposedAt), "Two surveys above 80"));
        Goal achieved = goals.update(org, waiting.agreeAchievement(world.mentee().id(), now.plusSeconds(400)));
        Goal stored = goals.find(org, active.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(stored.closed()).contains(new Signature(world.mentee().id(), now.plusSeconds(400)));
        assertThat(stored.achievement()).isEqualTo(achieved.achievement()).map(Achievement::proposedBy).contains(world.mentor().id());
    }

    @Test
    void changeRequestsAreStoredWithTheirCommentAndAnsweredOnce() {
        Goal proposed = propose();
        Goal asked = goals.update(org, proposed.askChangesToGoal(world.mentor().id(), "Name the survey", now.plusSeconds(60)));

        ChangeRequest open = goals.find(org, proposed.id()).orElseThrow().openRequest(GoalChangesAsked.Subject.GOAL).orElseThrow();
        assertThat(open).isEqualTo(asked.changeRequests().getFirst());
        assertThat(open.comment()).isEqualTo("Name the survey");
        assertThat(open.asked()).isEqualTo(new Signature(world.mentor().id(), now.plusSeconds(60)));

        Goal changed = goals.update(org, asked.changeProposal(GoalChanges.none().withTitle("Quarterly survey score")
                .withDueOn(proposed.terms().dueOn().plusDays(7)), world.mentee().id(), now.plusSeconds(120)));
        Goal active = goals.update(org, changed.agree(world.mentor().id(), now.plusSeconds(180)));
        GoalRevisionId revision = goals.update(org, active.proposeRevision(GoalChanges.none().withTitle("Renamed"), "Shorter", null, false,
                world.mentee().id(), now.plusSeconds(240))).pendingRevision().orElseThrow().id();
        goals.update(org, goals.find(org, proposed.id()).orElseThrow()
                .askChangesToRevision(revision, world.mentor().id(), "Shorter still", now.plusSeconds(300)));

        Goal stored = goals.find(org, proposed.id()).orElseThrow();
        assertThat(stored.terms().title()).isEqualTo("Quarterly survey score");
        assertThat(stored.changeRequests()).hasSize(2);
        ChangeRequest first = stored.changeRequests().get(0);
        assertThat(first.answer()).isEqualTo(ChangeRequest.Answer.CHANGED);
        assertThat(first.answered()).isEqualTo(new Signature(world.mentee().id(), now.plusSeconds(120)));
        assertThat(first.changedFields()).containsExactly("title", "dueOn");
        ChangeRequest second = stored.changeRequests().get(1);
        assertThat(second.isOpen()).isTrue();
        assertThat(second.revision()).isEqualTo(revision);
        assertThat(stored.revisions().getFirst().status()).isEqualTo(GoalRevision.Status.WITHDRAWN);
        assertThat(goals.find(new OrganizationId(java.util.UUID.randomUUID()), proposed.id())).as("another organization reads nothing").isEmpty();
    }

    @Test
    void revisionsAreAppendedAndAnAppliedOneKeepsBeforeAndAfter() {
        Goal active = active();
        LocalDate later = active.terms().dueOn().plusDays(30);
        Goal proposing = goals.update(org, active.proposeRevision(GoalChanges.none().withDueOn(later).withTarget(new BigDecimal("70")),
                "The team lost a month", new RevisionContext("Launch first", "Two on leave", null), true, world.mentee().id(), now.plusSeconds(120)));
        GoalRevisionId first = proposing.revisions().getFirst().id();
        Goal revised = goals.update(org, proposing.applyRevision(first, world.mentor().id(), now.plusSeconds(180)));
        Goal second = goals.update(org, revised.proposeRevision(GoalChanges.none().withTitle("Renamed"), "Shorter",
                null, false, world.mentor().id(), now.plusSeconds(240)));
        goals.update(org, second.withdrawRevision(second.pendingRevision().orElseThrow().id(), world.mentor().id(), now.plusSeconds(300)));

        Goal stored = goals.find(org, active.id()).orElseThrow();

        assertThat(stored.terms().dueOn()).isEqualTo(later);
        assertThat(stored.terms().title()).isEqualTo(active.terms().title());
        List<GoalRevision> history = stored.revisions();
        assertThat(history).extracting(GoalRevision::number).containsExactly(1, 2);
        assertThat(history).extracting(GoalRevision::status).containsExactly(GoalRevision.Status.APPLIED, GoalRevision.Status.WITHDRAWN);
        GoalRevision applied = history.getFirst();
        assertThat(applied.fieldChanges()).containsExactly(
                new FieldChange(GoalTerms.TARGET, "80", "70"),
                new FieldChange(GoalTerms.DUE_ON, active.terms().dueOn().toString(), later.toString()));
        assertThat(applied.rationale()).isEqualTo("The team lost a month");
        assertThat(applied.context()).isEqualTo(new RevisionContext("Launch first", "Two on leave", null));
        assertThat(applied.resetCadence()).isTrue();
        assertThat(applied.proposed()).isEqualTo(new Signature(world.mentee().id(), now.plusSeconds(120)));
        assertThat(applied.agreement()).contains(new Signature(world.mentor().id(), now.plusSeconds(180)));
        assertThat(history.get(1).withdrawn()).isEqualTo(new Signature(world.mentor().id(), now.plusSeconds(300)));
        assertThat(history.get(1).changes()).isEqualTo(GoalChanges.none().withTitle("Renamed"));
    }

    @Test
    void aDecidedRevisionCannotBeDecidedAgainFromAStaleCopy() {
        Goal active = active();
        Goal pending = goals.update(org, active.proposeRevision(GoalChanges.none().withTitle("Renamed"), "Shorter", null, false,
                world.mentee().id(), now.plusSeconds(120)));
        GoalRevisionId revision = pending.pendingRevision().orElseThrow().id();
        goals.update(org, pending.applyRevision(revision, world.mentor().id(), now.plusSeconds(180)));

        assertThatThrownBy(() -> goals.update(org, pending.withdrawRevision(revision, world.mentee().id(), now.plusSeconds(200))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(goals.find(org, active.id()).orElseThrow().revisions().getFirst().status()).isEqualTo(GoalRevision.Status.APPLIED);
    }

    @Test
    void measurementsComeBackInTheOrderObservedAndPageByCursor() {
        Goal active = active();
        for (int daysAgo : new int[] {3, 10, 1, 7}) {
            measurements.insert(org, measured(active, String.valueOf(50 - daysAgo), today.minusDays(daysAgo)));
        }

        List<Measurement> all = measurements.measurements(org, active.id());
        List<Measurement> first = measurements.measurements(org, active.id(), PageRequest.first(2));
        var cursor = PageRequest.first(2).page(first, m -> m.id().value()).nextCursor();
        List<Measurement> rest = measurements.measurements(org, active.id(), PageRequest.of(2, cursor));

        assertThat(all).extracting(Measurement::observedOn)
                .containsExactly(today.minusDays(10), today.minusDays(7), today.minusDays(3), today.minusDays(1));
        assertThat(all.getFirst().value()).hasToString("40");
        assertThat(first).hasSize(3).extracting(Measurement::observedOn).startsWith(today.minusDays(10), today.minusDays(7));
        assertThat(rest).extracting(Measurement::observedOn).containsExactly(today.minusDays(3), today.minusDays(1));
        assertThat(measurements.measurement(org, active.id(), all.getFirst().id())).contains(all.getFirst());
    }

    @Test
    void changesSinceAnInstantGiveTheValueKnownThenTheLatestNowAndHowManyCameIn() {
        Instant since = now.plus(1, ChronoUnit.DAYS);
        Goal moved = active();
        measurements.insert(org, measured(moved, "10", today.minusDays(9), now));
        measurements.insert(org, measured(moved, "12", today.minusDays(5), now));
        measurements.insert(org, measured(moved, "15", today.minusDays(1), since.plusSeconds(60)));
        measurements.insert(org, measured(moved, "11", today.minusDays(7), since.plusSeconds(120)));
        Goal backfilled = active();
        measurements.insert(org, measured(backfilled, "30", today.minusDays(2), now));
        measurements.insert(org, measured(backfilled, "25", today.minusDays(6), since.plusSeconds(60)));
        Goal firstMeasuredSince = active();
        measurements.insert(org, measured(firstMeasuredSince, "3", today, since.plusSeconds(60)));
        Goal quiet = active();
        measurements.insert(org, measured(quiet, "7", today, now));

        var changes = measurements.changesSince(org, List.of(moved.id(), backfilled.id(), firstMeasuredSince.id(), quiet.id()), since);

        assertThat(changes.get(moved.id())).isEqualTo(new MeasurementRepository.Since(new BigDecimal("12"), new BigDecimal("15"), today.minusDays(1), 2));
        assertThat(changes.get(backfilled.id())).as("a value entered since but observed earlier is not the latest")
                .isEqualTo(new MeasurementRepository.Since(new BigDecimal("30"), new BigDecimal("30"), today.minusDays(2), 1));
        assertThat(changes.get(firstMeasuredSince.id())).isEqualTo(new MeasurementRepository.Since(null, new BigDecimal("3"), today, 1));
        assertThat(changes).as("a goal with nothing recorded since is left out").doesNotContainKey(quiet.id());
        assertThat(measurements.changesSince(World.create(context).organization().id(), List.of(moved.id()), since))
                .as("another organization").isEmpty();
    }

    @Test
    void anotherOrganizationSeesNothing() {
        Goal active = active();
        measurements.insert(org, measured(active, "45", today));
        OrganizationId other = World.create(context).organization().id();

        assertThat(goals.find(other, active.id())).isEmpty();
        assertThat(measurements.measurements(other, active.id())).isEmpty();
        assertThat(goals.ofMentorship(other, world.mentorship().id())).isEmpty();
        assertThat(goals.countByStatus(other, world.mentorship().id())).containsEntry(GoalStatus.ACTIVE, 0);
    }

    @Test
    void goalsAreCountedByStatus() {
        active();
        active();
        propose();

        assertThat(goals.countByStatus(org, world.mentorship().id())).containsExactlyInAnyOrderEntriesOf(
                Map.of(GoalStatus.PROPOSED, 1, GoalStatus.ACTIVE, 2, GoalStatus.ACHIEVED, 0, GoalStatus.RETIRED, 0));
        assertThat(goals.ofMentorship(org, world.mentorship().id(), GoalStatus.ACTIVE)).hasSize(2);
    }

    private Goal propose() {
        return propose(GoalFixtures.draft());
    }

    private Goal propose(GoalDraft draft) {
        Goal goal = Goal.propose(draft.withDueOn(today.plusDays(90)), world.mentee().id(), world.mentorship().id(), pair, now);
        goals.insert(org, goal);
        return goal;
    }

    private Goal active() {
        Goal proposed = propose();
        return goals.update(org, proposed.agree(world.mentor().id(), now.plusSeconds(60)));
    }

    private Measurement measured(Goal goal, String value, LocalDate on) {
        return measured(goal, value, on, now);
    }

    private Measurement measured(Goal goal, String value, LocalDate on, Instant recordedAt) {
        return goal.recordMeasurement(new BigDecimal(value), on, null, world.mentee().id(), recordedAt, today);
    }
}
