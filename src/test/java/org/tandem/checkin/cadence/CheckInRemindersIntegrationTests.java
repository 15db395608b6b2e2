package org.tandem.checkin.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tandem.checkin.ActionPlanService;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInService;
import org.tandem.notify.Reminder;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/** What check-ins answer when the reminder scan asks, for a window ending now; only this test's organization is looked at. */
@IntegrationTest
@PostgresRelevant
class CheckInRemindersIntegrationTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInReminders reminders;

    @Autowired
    CheckInService checkIns;

    @Autowired
    ActionPlanService actionPlan;

    World world;

    @BeforeEach
    void setUp() {
        world = World.create(context);
    }

    @Test
    void aCheckInIsDueForItsReminderOnceItsDayAheadHasBegunAndNotAfterItStarted() {
        Instant now = Instant.now();
        var soon = checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(), now.plus(23, ChronoUnit.HOURS), null, Instant.now());
        var later = checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(), now.plus(25, ChronoUnit.HOURS), null, Instant.now());

        List<Reminder.CheckInComing> due = coming(reminders.checkInsComing(now.minus(Duration.ofHours(24)), now));

        assertThat(due).extracting(Reminder.CheckInComing::checkInId).containsExactly(soon.id());
        assertThat(due.getFirst().mentor()).isEqualTo(world.mentor().id());
        assertThat(due.getFirst().mentee()).isEqualTo(world.mentee().id());
        assertThat(due.getFirst().link()).isEqualTo("/check-ins/" + soon.id());
        assertThat(coming(reminders.checkInsComing(now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(2)))))
                .extracting(Reminder.CheckInComing::checkInId).containsExactly(later.id());

        checkIns.start(World.actor(world.mentee()), new CheckInId(soon.id()), java.util.OptionalLong.empty(), Instant.now());
        assertThat(coming(reminders.checkInsComing(now.minus(Duration.ofHours(24)), now))).isEmpty();
    }

    @Test
    void actionItemsDueTomorrowAndOverdueAreRemindedOnTheEveningBefore() {
        var checkIn = checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(), Instant.now().plus(1, ChronoUnit.HOURS), null, Instant.now());
        LocalDate today = LocalDate.now(BERLIN);
        var item = actionPlan.plan(World.actor(world.mentee()), new CheckInId(checkIn.id()),
                "Split the billing PR into three reviewable parts", world.mentee().id(), today.plusDays(1), List.of(), null, Instant.now());
        Instant evening = today.atTime(CheckInReminders.EVENING).atZone(BERLIN).toInstant();

        var atEvening = ours(reminders.actionItemsDue(evening.minus(Duration.ofMinutes(5)), evening.plus(Duration.ofMinutes(5))));
        var beforeEvening = ours(reminders.actionItemsDue(evening.minus(Duration.ofHours(3)), evening.minus(Duration.ofHours(2))));

        assertThat(atEvening).singleElement().satisfies(r -> {
            Reminder.ActionItemsDue due = (Reminder.ActionItemsDue) r;
            assertThat(due.owner()).isEqualTo(world.mentee().id());
            assertThat(due.tomorrow()).isEqualTo(today.plusDays(1));
            assertThat(due.dueTomorrow()).extracting(Reminder.Item::task).containsExactly("Split the billing PR into three reviewable parts");
            assertThat(due.overdue()).isEmpty();
        });
        assertThat(beforeEvening).isEmpty();
        Instant twoDaysOn = evening.plus(Duration.ofDays(2));
        assertThat(ours(reminders.actionItemsDue(twoDaysOn.minusSeconds(60), twoDaysOn))).singleElement()
                .satisfies(r -> assertThat(((Reminder.ActionItemsDue) r).overdue()).hasSize(1));
        assertThat(item).isNotNull();
    }

    @Test
    void theEveningMomentIsFoundInTheOwnersZone() {
        Instant berlinEvening = LocalDate.of(2027, 3, 29).atTime(17, 0).atZone(BERLIN).toInstant();

        assertThat(CheckInReminders.eveningIn(BERLIN, berlinEvening.minusSeconds(30), berlinEvening.plusSeconds(30)))
                .contains(LocalDate.of(2027, 3, 29));
        assertThat(CheckInReminders.eveningIn(ZoneId.of("America/New_York"), berlinEvening.minusSeconds(30), berlinEvening.plusSeconds(30)))
                .isEmpty();
    }

    private List<Reminder.CheckInComing> coming(List<Reminder> all) {
        return ours(all).stream().map(Reminder.CheckInComing.class::cast).toList();
    }

    private List<Reminder> ours(List<Reminder> all) {
        return all.stream().filter(r -> r.organizationId().equals(world.organization().id())).toList();
    }
}
