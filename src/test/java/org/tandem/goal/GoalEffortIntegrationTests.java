package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.tandem.goal.core.Goal;
import org.tandem.goal.core.GoalFixtures;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.core.GoalMeasuring;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;

/**
 * The effort seam: once a feature registers an {@link EffortSource} (the check-in feature will), its effort reaches
 * the signals. Here a stand-in reports six done action items for every goal.
 */
@IntegrationTest
@Import(GoalEffortIntegrationTests.SixActionsDone.class)
class GoalEffortIntegrationTests {

    @TestConfiguration
    static class SixActionsDone {

        static final List<String> ASKED = new ArrayList<>();

        @Bean
        EffortSource effortSource() {
            return (OrganizationId organization, GoalId goal, LocalDate from, LocalDate to) -> {
                ASKED.add(from + ".." + to);
                return Effort.of(6, BigDecimal.ZERO, from, to);
            };
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    GoalService goals;

    @Autowired
    GoalLifecycle lifecycle;

    @Autowired
    GoalMeasuring measuring;

    World world;
    Actor mentee;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentee = World.actor(world.mentee());
    }

    @Test
    void effortThatDoesNotMoveTheIndicatorIsSignalledWithTheWorkDoneAsEvidence() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        // Agreed twenty days ago: the use cases take the instant they happen at.
        Instant agreed = Instant.now().minus(20, ChronoUnit.DAYS);
        Goal goal = lifecycle.propose(mentee, world.mentorship().id(), GoalFixtures.draft().withDueOn(today.plusDays(60)),
                agreed.minusSeconds(3600));
        lifecycle.agree(World.actor(world.mentor()), goal.id(), OptionalLong.empty(), agreed);
        measuring.record(mentee, goal.id(), new BigDecimal("41"), today.minusDays(5), null, Instant.now());

        List<Signal> signals = goals.signals(mentee, goal.id());

        assertThat(signals).extracting(Signal::kind).contains(SignalKind.EFFORT_WITHOUT_IMPACT);
        Signal signal = signals.stream().filter(s -> s.kind() == SignalKind.EFFORT_WITHOUT_IMPACT).findFirst().orElseThrow();
        assertThat(signal.evidence()).contains("6 action items done");
        assertThat(signal.suggestion().move()).isEqualTo(Signal.Move.REFRAME_AS_LEARNING);
        LocalDate agreedOn = LocalDate.ofInstant(agreed, java.time.ZoneOffset.UTC);
        assertThat(SixActionsDone.ASKED).as("the window starts at the agreement").contains(agreedOn + ".." + today);
        assertThat(goals.activeGoals(world.organization().id(), world.mentorship().id(), today))
                .singleElement().satisfies(summary -> assertThat(summary.signals()).extracting(Signal::kind)
                        .contains(SignalKind.EFFORT_WITHOUT_IMPACT));
    }
}
