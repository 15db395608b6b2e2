package org.tandem.checkin.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.checkin.actionplan.CarryOver.Disposition.DONE;
import static org.tandem.checkin.actionplan.CarryOver.Disposition.DROPPED;
import static org.tandem.checkin.actionplan.CarryOver.Disposition.REPLANNED;
import static org.tandem.checkin.actionplan.CarryOver.Disposition.STILL_OPEN;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.MENTORSHIP_START;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckInAtWith;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckInWith;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckInAt;
import static org.tandem.checkin.session.CheckInFixtures.openActions;
import static org.tandem.checkin.session.CheckInFixtures.risk;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckInAt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.checkin.actionplan.CarryOver.CarriedAction;
import org.tandem.checkin.actionplan.CarryOver.Disposition;
import org.tandem.checkin.actionplan.CarryOver.Recap;
import org.tandem.checkin.page.Review;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.session.CheckInFixtures.CheckInWithActions;

class CarryOverTests {

    private static final Duration CADENCE = Duration.ofDays(14);
    private static final Instant FIRST = SCHEDULED_AT;
    private static final Instant SECOND = FIRST.plus(CADENCE);
    private static final Instant THIRD = SECOND.plus(CADENCE);
    private static final Instant FOURTH = THIRD.plus(CADENCE);

    private static Recap recapOf(CheckIn next, List<CheckIn> history, List<ActionItem> items, List<Risk> risks) {
        return CarryOver.recapFor(next.id(), Review.since(next, outcomes(history), MENTORSHIP_START), items, risks);
    }

    private static Map<String, Disposition> byTask(Recap recap) {
        return recap.actionItems().stream().collect(Collectors.toMap(c -> c.item().task(), CarriedAction::disposition));
    }

    @Test
    void openActionItemsCarryOverUntilClosed() {
        CheckInWithActions first = completedCheckInAtWith(FIRST, openActions(3));
        ActionItem one = first.actions().get(0);
        ActionItem two = first.actions().get(1);
        ActionItem three = first.actions().get(2);

        // between the first and the second check-in: one is done, two is re-planned, three is left alone
        one = one.done(MENTEE, FIRST.plus(Duration.ofDays(3)));
        two = two.replan(two.dueOn().plusDays(7), MENTEE, FIRST.plus(Duration.ofDays(5)));
        CheckIn second = inProgressCheckInAt(SECOND);
        Recap secondRecap = recapOf(second, List.of(first.checkIn()), List.of(one, two, three), List.of());
        assertThat(byTask(secondRecap)).isEqualTo(Map.of(one.task(), DONE, two.task(), REPLANNED, three.task(), STILL_OPEN));

        // the second check-in ends; nothing else happens: what is open is still shown, what closed is not repeated
        CheckIn secondDone = second.complete(MENTOR, SECOND.plus(Duration.ofMinutes(55)));
        CheckIn third = inProgressCheckInAt(THIRD);
        Recap thirdRecap = recapOf(third, List.of(first.checkIn(), secondDone), List.of(one, two, three), List.of());
        assertThat(byTask(thirdRecap)).isEqualTo(Map.of(two.task(), STILL_OPEN, three.task(), STILL_OPEN));

        // after the third check-in, three is dropped with a reason: the fourth recap says so, once
        CheckIn thirdDone = third.complete(MENTOR, THIRD.plus(Duration.ofMinutes(55)));
        three = three.drop(MENTOR, "The migration was cancelled", THIRD.plus(Duration.ofDays(2)));
        CheckIn fourth = scheduledCheckInAt(FOURTH);
        Recap fourthRecap = recapOf(fourth, List.of(first.checkIn(), secondDone, thirdDone), List.of(one, two, three), List.of());
        assertThat(byTask(fourthRecap)).isEqualTo(Map.of(two.task(), STILL_OPEN, three.task(), DROPPED));
        assertThat(fourthRecap.actionItems()).filteredOn(c -> c.disposition() == DROPPED)
                .singleElement().satisfies(c -> assertThat(c.item().closure().reason()).isEqualTo("The migration was cancelled"));
    }

    @Test
    void acrossTwoCheckInsEveryActionOfTheFirstIsInTheSecondsRecap() {
        CheckInWithActions first = completedCheckInWith(openActions(2));

        Recap recap = recapOf(scheduledCheckInAt(SECOND), List.of(first.checkIn()), first.actions(), List.of());

        assertThat(recap.actionItems()).extracting(CarriedAction::disposition).containsExactly(STILL_OPEN, STILL_OPEN);
    }

    @Test
    void anActionClosedDuringThePreviousCheckInWasSeenThereAndIsNotRepeated() {
        CheckIn firstRunning = inProgressCheckInAt(FIRST);
        ActionItem item = ActionItem.plan(firstRunning, openActions(1).getFirst(), MENTEE, FIRST.plusSeconds(60))
                                    .done(MENTEE, firstRunning.id(), FIRST.plusSeconds(600));
        CheckIn first = firstRunning.complete(MENTOR, FIRST.plusSeconds(3000));

        Recap recap = recapOf(scheduledCheckInAt(SECOND), List.of(first), List.of(item), List.of());

        assertThat(recap.isEmpty()).isTrue();
    }

    @Test
    void whatACheckInPlansItselfIsNotInItsOwnRecap() {
        CheckIn running = inProgressCheckInAt(FIRST);
        ActionItem plannedNow = ActionItem.plan(running, openActions(1).getFirst(), MENTEE, FIRST.plusSeconds(60));

        assertThat(recapOf(running, List.of(), List.of(plannedNow), List.of()).isEmpty()).isTrue();
    }

    @Test
    void openRisksCarryOverUntilClosedOrDropped() {
        CheckIn firstRunning = inProgressCheckInAt(FIRST);
        Risk freeze = Risk.raise(firstRunning, risk("The release freeze may eat practice time", 2, 2), MENTEE, FIRST.plusSeconds(60));
        Risk reorg = Risk.raise(firstRunning, risk("A reorganisation may move the project", 3, 3), MENTOR, FIRST.plusSeconds(90));
        CheckIn first = firstRunning.complete(MENTOR, FIRST.plusSeconds(3000));
        CheckIn second = inProgressCheckInAt(SECOND);

        Recap secondRecap = recapOf(second, List.of(first), List.of(), List.of(freeze, reorg));
        assertThat(secondRecap.risks()).extracting(c -> c.risk().description(), CarryOver.CarriedRisk::disposition)
                .as("open risks, the highest score first")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reorg.description(), STILL_OPEN),
                        org.assertj.core.groups.Tuple.tuple(freeze.description(), STILL_OPEN));

        Risk reorgDropped = reorg.drop(MENTEE, "The reorganisation was called off", null, SECOND.plusSeconds(3600 * 24));
        CheckIn secondDone = second.complete(MENTOR, SECOND.plusSeconds(3000));
        Recap thirdRecap = recapOf(scheduledCheckInAt(THIRD), List.of(first, secondDone), List.of(), List.of(freeze, reorgDropped));
        assertThat(thirdRecap.risks()).extracting(CarryOver.CarriedRisk::disposition).containsExactly(STILL_OPEN, DROPPED);
    }

    @Test
    void stillOpenItemsComeFirstSoonestDueFirstThenTheClosedOnes() {
        CheckInWithActions first = completedCheckInAtWith(FIRST, openActions(3));
        ActionItem late = first.actions().get(0).replan(first.actions().get(0).dueOn().plusDays(30), MENTEE, FIRST.plus(Duration.ofDays(1)));
        ActionItem done = first.actions().get(1).done(MENTEE, FIRST.plus(Duration.ofDays(2)));
        ActionItem open = first.actions().get(2);

        Recap recap = recapOf(scheduledCheckInAt(SECOND), List.of(first.checkIn()), List.of(late, done, open), List.of());

        assertThat(recap.actionItems()).extracting(CarriedAction::item).containsExactly(open, late, done);
    }

    /**
     * Whatever happens to items between two check-ins, each item open when the previous check-in ended is in the
     * next recap, and it carries on exactly when it is still open.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2027})
    void nothingOpenAtOneCheckInDisappearsFromTheNextRecap(long seed) {
        Random random = new Random(seed);
        CheckInWithActions first = completedCheckInAtWith(FIRST, openActions(12));
        List<ActionItem> afterwards = new ArrayList<>();
        for (ActionItem item : first.actions()) {
            Instant when = FIRST.plus(Duration.ofHours(2 + random.nextInt(300)));
            afterwards.add(switch (random.nextInt(4)) {
                case 0 -> item.done(random.nextBoolean() ? MENTOR : MENTEE, when);
                case 1 -> item.drop(MENTEE, "Superseded by the new roadmap", when);
                case 2 -> item.replan(item.dueOn().plusDays(1 + random.nextInt(20)), MENTOR, when);
                default -> item;
            });
        }

        Recap recap = recapOf(scheduledCheckInAt(SECOND), List.of(first.checkIn()), afterwards, List.of());

        Map<ActionItem, Disposition> shown = recap.actionItems().stream()
                .collect(Collectors.toMap(CarriedAction::item, CarriedAction::disposition));
        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(afterwards);
        afterwards.forEach(item -> assertThat(shown.get(item).carriesOn()).isEqualTo(item.isOpen()));
        assertThat(afterwards.stream().collect(Collectors.groupingBy(ActionItem::status, Collectors.counting())))
                .as("the seed exercises several fates").hasSizeGreaterThan(1);
    }

    private static List<org.tandem.checkin.session.CheckInRepository.Outcome> outcomes(List<CheckIn> checkIns) {
        return checkIns.stream().map(org.tandem.checkin.session.CheckInRepository.Outcome::of).toList();
    }
}
