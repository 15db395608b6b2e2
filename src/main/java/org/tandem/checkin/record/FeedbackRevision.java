package org.tandem.checkin.record;

import java.time.Instant;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.people.PersonId;

/**
 * What a feedback entry said before its giver rewrote it. Only the giver ever reads it: the receiver sees the entry
 * as it is now (and that it was edited), never the words it replaced. Deleted with the entry when it is withdrawn.
 *
 * @param writtenAt  when this text was given or last rewritten
 * @param replacedAt when the giver replaced it
 */
public record FeedbackRevision(UUID id, UUID entryId, CheckInId checkInId, PersonId giver, PersonId receiver, String text, String situation,
                        String behaviour, String impact, String nextStep, Instant writtenAt, Instant replacedAt) {
}
