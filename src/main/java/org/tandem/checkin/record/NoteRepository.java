package org.tandem.checkin.record;

import static org.tandem.db.Tables.CHECK_IN;
import static org.tandem.db.Tables.CHECK_IN_NOTE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.support.Sql;
import org.tandem.mentorship.Pair;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;

/**
 * Owns the SQL of notes. The privacy rule is part of every read: a query returns a PRIVATE note only to its
 * author and a PAIR note only to the mentor or mentee of its check-in, whatever else the reader may be. The rows
 * are then passed through {@link Note#visibleTo} once more, so a mistake in one place is not enough to leak.
 */
@Repository
public class NoteRepository {

    private final DSLContext dsl;

    NoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(OrganizationId organization, Note note) {
        dsl.insertInto(CHECK_IN_NOTE)
                .set(CHECK_IN_NOTE.ID, note.id())
                .set(CHECK_IN_NOTE.ORGANIZATION_ID, organization.value())
                .set(CHECK_IN_NOTE.CHECK_IN_ID, note.checkInId().value())
                .set(CHECK_IN_NOTE.AUTHOR_ID, note.author().value())
                .set(CHECK_IN_NOTE.VISIBILITY, note.visibility().name())
                .set(CHECK_IN_NOTE.TEXT, note.text())
                .set(CHECK_IN_NOTE.WRITTEN_AT, note.writtenAt())
                .set(CHECK_IN_NOTE.UPDATED_AT, note.writtenAt())
                .set(CHECK_IN_NOTE.VERSION, 0L)
                .execute();
    }

    /** The notes of a check-in that {@code reader} may read, oldest first. */
    public List<Note> readableBy(OrganizationId organization, CheckInId checkIn, PersonId reader) {
        return Note.visibleTo(select(organization, CHECK_IN_NOTE.CHECK_IN_ID.eq(checkIn.value()).and(readableBy(reader))), reader);
    }

    public Optional<Note> find(OrganizationId organization, UUID id, PersonId reader) {
        return Note.visibleTo(select(organization, CHECK_IN_NOTE.ID.eq(id).and(readableBy(reader))), reader).stream().findFirst();
    }

    /** PAIR notes only, for the summary: private notes are not even read. */
    public List<Note> pairNotes(OrganizationId organization, CheckInId checkIn) {
        return select(organization, CHECK_IN_NOTE.CHECK_IN_ID.eq(checkIn.value())
                .and(CHECK_IN_NOTE.VISIBILITY.eq(Note.Visibility.PAIR.name())));
    }

    /** Everything the person wrote, private or not: for their own data export. */
    List<Note> writtenBy(OrganizationId organization, PersonId author) {
        return select(organization, CHECK_IN_NOTE.AUTHOR_ID.eq(author.value()));
    }

    /** Erasure: private notes were only ever the author's, so they go with the author. */
    int deletePrivateNotesOf(OrganizationId organization, PersonId author) {
        return dsl.deleteFrom(CHECK_IN_NOTE)
                .where(CHECK_IN_NOTE.ORGANIZATION_ID.eq(organization.value()))
                .and(CHECK_IN_NOTE.AUTHOR_ID.eq(author.value()))
                .and(CHECK_IN_NOTE.VISIBILITY.eq(Note.Visibility.PRIVATE.name()))
                .execute();
    }

    private static Condition readableBy(PersonId reader) {
        UUID id = reader.value();
        return CHECK_IN_NOTE.AUTHOR_ID.eq(id)
                .or(CHECK_IN_NOTE.VISIBILITY.eq(Note.Visibility.PAIR.name()).and(CHECK_IN.MENTOR_ID.eq(id).or(CHECK_IN.MENTEE_ID.eq(id))));
    }

    private List<Note> select(OrganizationId organization, Condition condition) {
        return dsl.select(CHECK_IN_NOTE.asterisk(), CHECK_IN.MENTOR_ID, CHECK_IN.MENTEE_ID)
                .from(CHECK_IN_NOTE)
                .join(CHECK_IN).on(CHECK_IN.ID.eq(CHECK_IN_NOTE.CHECK_IN_ID)).and(CHECK_IN.ORGANIZATION_ID.eq(CHECK_IN_NOTE.ORGANIZATION_ID))
                .where(CHECK_IN_NOTE.ORGANIZATION_ID.eq(organization.value()))
                .and(condition)
                .orderBy(CHECK_IN_NOTE.WRITTEN_AT, CHECK_IN_NOTE.ID)
                .fetch(NoteRepository::toNote);
    }

    private static Note toNote(Record r) {
        return new Note(r.get(CHECK_IN_NOTE.ID), new CheckInId(r.get(CHECK_IN_NOTE.CHECK_IN_ID)),
                new Pair(Sql.person(r.get(CHECK_IN.MENTOR_ID)), Sql.person(r.get(CHECK_IN.MENTEE_ID))), r.get(CHECK_IN_NOTE.TEXT),
                Note.Visibility.valueOf(r.get(CHECK_IN_NOTE.VISIBILITY)), Sql.person(r.get(CHECK_IN_NOTE.AUTHOR_ID)),
                r.get(CHECK_IN_NOTE.WRITTEN_AT));
    }
}
