package org.tandem.checkin.record;

import java.time.Instant;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.InputCheck;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;

/**
 * An answer to an open growth question. The question's text is stored with the answer, because the prompt
 * library may be reworded later and the answer must still make sense; {@code promptId} is null for a question
 * the pair asked in their own words.
 */
public record GrowthAnswer(UUID id, CheckInId checkInId, String promptId, String question, String answer, PersonId by,
                    Instant answeredAt) {

    static final int MAX_QUESTION = 500;
    static final int MAX_ANSWER = 4000;

    public static GrowthAnswer give(CheckIn checkIn, String promptId, String question, String answer, PersonId by, Instant now) {
        checkIn.requireContributor(by);
        InputCheck.of()
                  .optionalText("promptId", promptId, 100)
                  .text("question", question, MAX_QUESTION, "is required")
                  .text("answer", answer, MAX_ANSWER, "is required")
                  .orThrow();
        return new GrowthAnswer(Ids.next(), checkIn.id(), InputCheck.cleanOptional(promptId), InputCheck.clean(question),
                InputCheck.clean(answer), by, now);
    }
}
