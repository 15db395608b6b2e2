package org.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

class SkillRecheckTests {

    static final LocalDate ACHIEVED = LocalDate.parse("2027-01-10");
    static final LocalDate DUE = LocalDate.parse("2027-03-11");
    static final PersonId MENTEE = new PersonId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2027-03-12T10:00:00Z");

    static SkillRecheck pending() {
        return new SkillRecheck(UUID.randomUUID(), new MentorshipId(UUID.randomUUID()), UUID.randomUUID(), "Lead a design review",
                ACHIEVED, DUE, null, null, null, null);
    }

    @Test
    void aRecheckIsPendingUntilItsDayThenDue() {
        assertThat(pending().status(DUE.minusDays(1))).isEqualTo(SkillRecheck.Status.PENDING);
        assertThat(pending().status(DUE)).isEqualTo(SkillRecheck.Status.DUE);
    }

    @Test
    void thePairRecordsWhetherTheSkillShowedAgainWithEvidence() {
        SkillRecheck answered = pending().answer(MENTEE, true, "  Ran the March review alone; the team adopted two proposals. ", DUE, NOW);

        assertThat(answered.status(DUE)).isEqualTo(SkillRecheck.Status.ANSWERED);
        assertThat(answered.shownAgain()).isTrue();
        assertThat(answered.evidence()).isEqualTo("Ran the March review alone; the team adopted two proposals.");
        assertThat(answered.answeredBy()).isEqualTo(MENTEE);
    }

    @Test
    void aRecheckCannotBeAnsweredBeforeItIsDue() {
        assertThatThrownBy(() -> pending().answer(MENTEE, true, "Too early", DUE.minusDays(1), NOW))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("2027-03-11");
    }

    @Test
    void aRecheckIsAnsweredOnlyOnce() {
        SkillRecheck answered = pending().answer(MENTEE, false, "No design review happened this quarter", DUE, NOW);

        assertThatThrownBy(() -> answered.answer(MENTEE, true, "Changed my mind", DUE, NOW)).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void anAnswerNeedsAYesOrNoAndEvidence() {
        assertThatThrownBy(() -> pending().answer(MENTEE, null, " ", DUE, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("shownAgain", "evidence"));
    }
}
