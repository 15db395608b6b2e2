package org.tandem.checkin.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.OUTSIDER;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.risk;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

class RiskTests {

    private static final Instant DURING = SCHEDULED_AT.plusSeconds(35 * 60);
    private static final Instant LATER = SCHEDULED_AT.plusSeconds(14 * 24 * 3600);

    private static Risk openRisk() {
        return Risk.raise(inProgressCheckIn(), risk("The release freeze may eat the practice time", 2, 3), MENTEE, DURING);
    }

    @Test
    void aRiskNeedsEveryPartAndSaysWhichAreMissing() {
        var empty = new RiskDraft("", null, 7, null, null);

        assertThatThrownBy(() -> Risk.raise(inProgressCheckIn(), empty, MENTOR, DURING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("description", "likelihood", "impact", "support", "ownerId"));
    }

    @ParameterizedTest
    @CsvSource({"1,1,1,LOW", "1,2,2,LOW", "3,1,3,MEDIUM", "2,2,4,MEDIUM", "2,3,6,HIGH", "3,3,9,HIGH"})
    void theScoreIsLikelihoodTimesImpact(int likelihood, int impact, int score, Risk.Level level) {
        Risk raised = Risk.raise(inProgressCheckIn(), risk("A reorganisation may move the project", likelihood, impact), MENTOR, DURING);

        assertThat(raised.score()).isEqualTo(score);
        assertThat(raised.level()).isEqualTo(level);
    }

    @Test
    void reassessingChangesTheScoreButNotTheRisk() {
        Risk reassessed = openRisk().reassess(1, 3, MENTOR);

        assertThat(reassessed.score()).isEqualTo(3);
        assertThat(reassessed.description()).isEqualTo(openRisk().description());
        assertThatThrownBy(() -> openRisk().reassess(0, 4, MENTOR)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void closingKeepsTheOutcomeAndDroppingNeedsAReason() {
        assertThat(openRisk().close(MENTEE, "Freeze was lifted early", null, LATER).closure().reason())
                .isEqualTo("Freeze was lifted early");
        assertThatThrownBy(() -> openRisk().drop(MENTEE, " ", null, LATER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void aClosedRiskStaysClosed() {
        Risk closed = openRisk().close(MENTEE, null, null, LATER);

        assertThatThrownBy(() -> closed.drop(MENTEE, "Irrelevant now", null, LATER)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void someoneOutsideThePairCannotCloseOrDropARisk() {
        assertThatThrownBy(() -> openRisk().close(OUTSIDER, null, null, LATER)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> openRisk().drop(OUTSIDER, "Not ours", null, LATER)).isInstanceOf(NotAllowedException.class);
    }
}
