package org.tandem.checkin;

import java.time.Instant;
import java.util.UUID;

import org.tandem.feedback.FeedbackDraft;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;

/**
 * Feedback one of the pair gives the other during a check-in, kept with who gave it. It arrives either as free
 * text or in four parts — situation, behaviour, impact, next step — which are joined into the text the quality
 * check reads (joined as the feedback box joins them, see {@link FeedbackDraft}); the parts are kept so the shape
 * the giver chose stays visible.
 */
record FeedbackEntry(UUID id, CheckInId checkInId, PersonId giver, PersonId receiver, String text, String situation,
                     String behaviour, String impact, String nextStep, Instant givenAt) {

    static final int MAX_TEXT = 4000;
    static final int MAX_PART = 1000;

    static FeedbackEntry give(CheckIn checkIn, String text, String situation, String behaviour, String impact,
                              String nextStep, PersonId by, Instant now) {
        checkIn.requireContributor(by);
        boolean structured = InputCheck.cleanOptional(situation) != null || InputCheck.cleanOptional(behaviour) != null
                || InputCheck.cleanOptional(impact) != null || InputCheck.cleanOptional(nextStep) != null;
        var check = InputCheck.of();
        if (!structured) {
            check.text("text", text, MAX_TEXT, "is required: write the feedback, or give situation, behaviour, impact and next step");
        } else {
            check.when(InputCheck.cleanOptional(text) != null, "text", "give either the text or the four parts, not both")
                 .text("situation", situation, MAX_PART, "is required: when and where did it happen?")
                 .text("behaviour", behaviour, MAX_PART, "is required: what exactly was said or done?")
                 .text("impact", impact, MAX_PART, "is required: what effect did it have?")
                 .optionalText("nextStep", nextStep, MAX_PART);
        }
        check.orThrow();
        PersonId receiver = checkIn.pair().isMentor(by) ? checkIn.pair().mentee() : checkIn.pair().mentor();
        String composed = structured ? compose(situation, behaviour, impact, nextStep) : InputCheck.clean(text);
        return new FeedbackEntry(Ids.next(), checkIn.id(), by, receiver, composed, InputCheck.cleanOptional(situation),
                InputCheck.cleanOptional(behaviour), InputCheck.cleanOptional(impact), InputCheck.cleanOptional(nextStep), now);
    }

    boolean isStructured() {
        return behaviour != null;
    }

    /** The parts as the feedback box puts them together, so what was previewed is what is saved. */
    private static String compose(String situation, String behaviour, String impact, String nextStep) {
        return new FeedbackDraft("", situation, behaviour, impact, nextStep).combined();
    }
}
