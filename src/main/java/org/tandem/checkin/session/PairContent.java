package org.tandem.checkin.session;

import static org.tandem.db.Tables.CHECK_IN;

import org.jooq.Condition;
import org.tandem.mentorship.Pair;
import org.tandem.people.PersonId;

/**
 * The one rule for what a pair records in its check-ins: observations, the interpretation, growth answers, risks,
 * feedback, wins, action items, notes, ratings and the summary written from them. It is the pair's. The mentor
 * and the mentee read it (a PRIVATE note only its author, see {@link Note}); nobody else does — not a program
 * lead, not an admin, whatever other roles they hold. Admins run the organization and see that check-ins happen
 * (status and times in a mentorship's list); leads see aggregates. Every read of a check-in by id
 * ({@link CheckInAccess}), of its stored summary ({@link CheckInRepository#summary}) and of its content for an export
 * ({@link CheckInPersonalData}) asks this class, so a new view cannot forget the rule.
 */
final class PairContent {

    private PairContent() {
    }

    static boolean readableBy(Pair pair, PersonId reader) {
        return reader != null && pair.includes(reader);
    }

    /** The same rule in SQL: rows of check-ins the reader belongs to. The query must join {@code check_in}. */
    static Condition readableBy(PersonId reader) {
        return CHECK_IN.MENTOR_ID.eq(reader.value()).or(CHECK_IN.MENTEE_ID.eq(reader.value()));
    }
}
