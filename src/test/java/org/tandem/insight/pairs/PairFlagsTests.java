package org.tandem.insight.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.insight.Balance;

/** Each flag's threshold, just below and at it; an ended pair carries none. */
class PairFlagsTests {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    static PairFacts pair(int missedStreak, String starved, int offTrack, int overdue, Instant unratedSince, boolean active) {
        return new PairFacts(UUID.randomUUID(), new PairRow.Person(UUID.randomUUID(), "Mona Mentor"), new PairRow.Person(UUID.randomUUID(), "Manu Mentee"),
                active, null, null, null, new Balance(null, null, null), missedStreak, starved, offTrack, overdue, unratedSince);
    }

    static PairFacts fine() {
        return pair(0, null, 0, 0, null, true);
    }

    static List<FlagKind> kinds(PairFacts facts) {
        return PairFlags.of(facts, NOW).stream().map(PairFlag::kind).toList();
    }

    @Test
    void aPairWithNothingWrongCarriesNoFlag() {
        assertThat(PairFlags.of(fine(), NOW)).isEmpty();
    }

    @Test
    void oneMissedCheckInIsNotAFlagTwoInARowAre() {
        assertThat(kinds(pair(1, null, 0, 0, null, true))).isEmpty();
        assertThat(PairFlags.of(pair(3, null, 0, 0, null, true), NOW)).containsExactly(
                new PairFlag(FlagKind.MISSED_IN_A_ROW, "The last 3 check-ins that were due did not happen"));
    }

    @Test
    void theStarvedConversationIsNamedInWords() {
        assertThat(kinds(pair(0, "CELEBRATION", 0, 0, null, true))).containsExactly(FlagKind.CELEBRATION_STARVED);
        assertThat(kinds(pair(0, "REVIEW", 0, 0, null, true))).containsExactly(FlagKind.REVIEW_STARVED);
        assertThat(kinds(pair(0, "ADJUSTMENT", 1, 0, null, true))).containsExactly(FlagKind.ADJUSTMENT_STARVED, FlagKind.GOAL_OFF_TRACK);
    }

    @Test
    void goalsOffTrackAndOverdueActionsAreCountedInTheSentence() {
        assertThat(PairFlags.of(pair(0, null, 2, 1, null, true), NOW)).containsExactly(
                new PairFlag(FlagKind.GOAL_OFF_TRACK, "2 goals are off track"),
                new PairFlag(FlagKind.ACTIONS_OVERDUE, "1 open action item is more than a week past due"));
    }

    @Test
    void actionItemsAreOverdueAWeekAfterTheirDueDate() {
        assertThat(PairFlags.overdueBefore(LocalDate.of(2027, 3, 10))).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void unratedCheckInsAreFlaggedFromSixWeeksOn() {
        assertThat(kinds(pair(0, null, 0, 0, NOW.minus(Duration.ofDays(41)), true))).isEmpty();
        assertThat(PairFlags.of(pair(0, null, 0, 0, NOW.minus(Duration.ofDays(42)), true), NOW)).containsExactly(
                new PairFlag(FlagKind.NO_RECENT_RATING, "No check-in held in the last 6 weeks has been rated"));
    }

    @Test
    void anEndedPairIsNeverFlagged() {
        assertThat(PairFlags.of(pair(4, "CELEBRATION", 2, 3, NOW.minus(Duration.ofDays(100)), false), NOW)).isEmpty();
    }

    @Test
    void everyFlagHasALabelAndARuleInWords() {
        for (FlagKind kind : FlagKind.values()) {
            assertThat(kind.label()).doesNotContain("_").isNotBlank();
            assertThat(kind.rule()).doesNotContain("_").endsWith(".");
        }
    }
}
