package org.tandem.checkin.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.scheduledCheckIn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/** Observations, interpretation and growth answers: what the pair records while they talk. */
class CheckInContentTests {

    private static final Instant DURING = SCHEDULED_AT.plusSeconds(900);
    private static final LocalDate TODAY_THERE = LocalDate.ofInstant(DURING, ZoneOffset.UTC);

    @Test
    void anObservationCanBeLoggedAheadOfTheCheckInItPrepares() {
        Observation seen = Observation.log(scheduledCheckIn(), Observation.Kind.METRIC, " Deploys went from 2 to 5 a week ",
                TODAY_THERE.minusDays(3), MENTEE, SCHEDULED_AT.minusSeconds(3600));

        assertThat(seen.text()).isEqualTo("Deploys went from 2 to 5 a week");
        assertThat(seen.by()).isEqualTo(MENTEE);
    }

    @Test
    void anObservationNeedsKindTextAndADayThatIsNotInTheFuture() {
        assertThatThrownBy(() -> Observation.log(inProgressCheckIn(), null, "", TODAY_THERE.plusDays(3), MENTOR, DURING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("kind", "text", "observedOn"));
    }

    @Test
    void anInterpretationMayBePartialWhileItIsBeingTyped() {
        Interpretation draft = Interpretation.of(inProgressCheckIn(), "Pairing on reviews", "  ", null, MENTEE);

        assertThat(draft).isEqualTo(new Interpretation("Pairing on reviews", null, null));
        assertThat(Interpretation.of(inProgressCheckIn(), null, null, null, MENTOR).isEmpty()).isTrue();
        assertThatThrownBy(() -> Interpretation.of(inProgressCheckIn(), null, null, "x".repeat(4001), MENTOR))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("why"));
    }

    @Test
    void aGrowthAnswerKeepsTheQuestionAsItWasAsked() {
        GrowthAnswer answer = GrowthAnswer.give(inProgressCheckIn(), "growth-gen-07",
                "Where do you feel stuck?", "Getting reviews from the platform team", MENTEE, DURING);

        assertThat(answer.question()).isEqualTo("Where do you feel stuck?");
        assertThat(answer.promptId()).isEqualTo("growth-gen-07");
    }

    @Test
    void aQuestionOfTheirOwnHasNoPromptButNeedsBothQuestionAndAnswer() {
        assertThat(GrowthAnswer.give(inProgressCheckIn(), " ", "What would you stop doing?", "Status meetings", MENTOR, DURING)
                .promptId()).isNull();
        assertThatThrownBy(() -> GrowthAnswer.give(inProgressCheckIn(), null, "", null, MENTEE, DURING))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("question", "answer"));
    }
}
