package org.tandem.checkin.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.checkin.session.CheckInFixtures.ADMIN;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.OUTSIDER;
import static org.tandem.checkin.session.CheckInFixtures.PROGRAM_LEAD;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.completedCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.checkin.record.Note.Visibility;
import org.tandem.people.PersonId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.NotAllowedException;

class NoteTests {

    private static final Instant DURING = SCHEDULED_AT.plusSeconds(1200);

    private static Note write(PersonId author, Visibility visibility, String text) {
        return Note.write(inProgressCheckIn(), text, visibility, author, DURING);
    }

    @Test
    void mentorsPrivateNoteIsInvisibleToTheMentee() {
        Note note = write(MENTOR, Visibility.PRIVATE, "Seems anxious about the promotion panel; ask gently next time");

        assertThat(note.visibleTo(MENTEE)).isFalse();
        assertThat(note.visibleTo(MENTOR)).isTrue();
    }

    @Test
    void menteesPrivateNoteIsInvisibleToTheMentor() {
        Note note = write(MENTEE, Visibility.PRIVATE, "I am thinking about changing teams");

        assertThat(note.visibleTo(MENTOR)).isFalse();
        assertThat(note.visibleTo(MENTEE)).isTrue();
    }

    @Test
    void privateNotesAreInvisibleToProgramLeadsAdminsAndEveryoneElse() {
        Note note = write(MENTOR, Visibility.PRIVATE, "Personal reminder");

        assertThat(List.of(PROGRAM_LEAD, ADMIN, OUTSIDER)).noneMatch(note::visibleTo);
        assertThat(note.visibleTo(null)).isFalse();
    }

    @Test
    void pairNotesAreVisibleToTheMentorAndTheMenteeOnly() {
        Note note = write(MENTEE, Visibility.PAIR, "We agreed to try async updates");

        assertThat(List.of(MENTOR, MENTEE)).allMatch(note::visibleTo);
        assertThat(List.of(PROGRAM_LEAD, ADMIN, OUTSIDER)).noneMatch(note::visibleTo);
    }

    @Test
    void aListOfNotesIsFilteredForTheViewer() {
        Note mentorsOwn = write(MENTOR, Visibility.PRIVATE, "Mentor only");
        Note menteesOwn = write(MENTEE, Visibility.PRIVATE, "Mentee only");
        Note shared = write(MENTOR, Visibility.PAIR, "Both of us");
        List<Note> all = List.of(mentorsOwn, menteesOwn, shared);

        assertThat(Note.visibleTo(all, MENTEE)).containsExactly(menteesOwn, shared);
        assertThat(Note.visibleTo(all, MENTOR)).containsExactly(mentorsOwn, shared);
        assertThat(Note.visibleTo(all, PROGRAM_LEAD)).isEmpty();
    }

    @Test
    void someoneOutsideThePairCannotWriteANote() {
        assertThatThrownBy(() -> write(PROGRAM_LEAD, Visibility.PAIR, "Looks fine to me"))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aNoteNeedsTextAndAChosenVisibility() {
        assertThatThrownBy(() -> write(MENTOR, null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("text", "visibility"));
    }

    @Test
    void notesCanStillBeWrittenAfterTheCheckIn() {
        Note reflection = Note.write(completedCheckIn(), "What I want to follow up on", Visibility.PRIVATE, MENTEE,
                SCHEDULED_AT.plusSeconds(86_400));

        assertThat(reflection.visibleTo(MENTEE)).isTrue();
    }

    @Test
    void onlyTheAuthorRewritesANoteAndItStaysPrivate() {
        Note note = write(MENTOR, Visibility.PRIVATE, "First thought");

        Note rewritten = note.rewrite("Second thought", MENTOR);

        assertThat(rewritten.text()).isEqualTo("Second thought");
        assertThat(rewritten.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(rewritten.visibleTo(MENTEE)).isFalse();
        assertThatThrownBy(() -> note.rewrite("Hijacked", MENTEE)).isInstanceOf(NotAllowedException.class);
    }
}
