package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
    GoalRepository repository;

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
        // Agreed twenty days ago, which the service (on the real clock) cannot do; the repository can.
        Instant agreed = Instant.now().minus(20, ChronoUnit.DAYS);
        var pair = new Pair(world.mentorship().id(), world.mentor().id(), world.mentee().id());
        Goal goal = Goal.propose(GoalFixtures.draft().withDueOn(today.plusDays(60)), world.mentee().id(), pair, agreed.minusSeconds(3600))
                .agree(world.mentor().id(), agreed);
        repository.insert(world.organization().id(), goal);
        goals.recordMeasurement(mentee, goal.id(), new BigDecimal("41"), today.minusDays(5), null);

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
