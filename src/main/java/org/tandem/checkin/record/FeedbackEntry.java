package org.tandem.checkin.record;

import java.time.Instant;
import java.util.UUID;

import org.tandem.checkin.CheckInId;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.support.InputCheck;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.NotFoundException;

/**
 * Feedback one of the pair gives the other during a check-in, kept with who gave it. It arrives either as free
 * text or in four parts — situation, behaviour, impact, next step — which are joined into the text the quality
 * check reads (joined as the feedback box joins them, see {@link FeedbackDraft}); the parts are kept so the shape
 * the giver chose stays visible.
 *
 * <p>Until the check-in is over, the giver may rewrite the entry ({@link #revise}: the text it replaces is kept as a
 * {@link FeedbackRevision}, for the giver's eyes only) or withdraw it ({@link #requireWithdrawableBy}: it is then
 * deleted with its revisions). The receiver is refused (403); anyone outside the pair does not see the entry (404).
 *
 * @param editedAt when the giver last rewrote it; null while it is as first given
 * @param version  optimistic lock, 1 as given, one more per edit
 */
public record FeedbackEntry(UUID id, CheckInId checkInId, PersonId giver, PersonId receiver, String text, String situation,
                     String behaviour, String impact, String nextStep, Instant givenAt, Instant editedAt, long version) {

    /** An edit: the entry as rewritten, and what it said before, kept for the giver. */
    public record Revised(FeedbackEntry entry, FeedbackRevision earlier) {
    }

    static final int MAX_TEXT = 4000;
    static final int MAX_PART = 1000;

    public static FeedbackEntry give(CheckIn checkIn, String text, String situation, String behaviour, String impact,
                              String nextStep, PersonId by, Instant now) {
        checkIn.requireContributor(by);
        Content content = Content.of(text, situation, behaviour, impact, nextStep);
        PersonId receiver = checkIn.pair().isMentor(by) ? checkIn.pair().mentee() : checkIn.pair().mentor();
        return new FeedbackEntry(Ids.next(), checkIn.id(), by, receiver, content.text(), content.situation(), content.behaviour(),
                content.impact(), content.nextStep(), now, null, 1);
    }

    /** The giver rewrites the entry while the check-in is open; the text it replaces is kept as a revision. */
    public Revised revise(CheckIn checkIn, String text, String situation, String behaviour, String impact, String nextStep, PersonId by,
                   Instant now) {
        requireChangeableBy(checkIn, by, "edit");
        Content content = Content.of(text, situation, behaviour, impact, nextStep);
        FeedbackEntry revised = new FeedbackEntry(id, checkInId, giver, receiver, content.text(), content.situation(), content.behaviour(),
                content.impact(), content.nextStep(), givenAt, now, version + 1);
        FeedbackRevision earlier = new FeedbackRevision(Ids.next(), id, checkInId, giver, receiver, this.text, this.situation,
                this.behaviour, this.impact, this.nextStep, editedAt == null ? givenAt : editedAt, now);
        return new Revised(revised, earlier);
    }

    /** Guard for withdrawing: only the giver, and only until the check-in is over. */
    public void requireWithdrawableBy(CheckIn checkIn, PersonId by) {
        requireChangeableBy(checkIn, by, "withdraw");
    }

    private void requireChangeableBy(CheckIn checkIn, PersonId by, String action) {
        if (by == null || !checkIn.pair().includes(by)) {
            throw new NotFoundException("Feedback", id);
        }
        if (!giver.equals(by)) {
            throw new NotAllowedException("Only the person who gave this feedback can " + action + " it");
        }
        if (checkIn.status().isFinal()) {
            throw new InvalidStateException("This check-in is over, so its feedback stays as it was given");
        }
    }

    boolean isStructured() {
        return behaviour != null;
    }

    boolean edited() {
        return editedAt != null;
    }

    /** Free text, or the four parts and the text they join into; checked alike when given and when edited. */
    private record Content(String text, String situation, String behaviour, String impact, String nextStep) {

        static Content of(String text, String situation, String behaviour, String impact, String nextStep) {
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
            String composed = structured ? compose(situation, behaviour, impact, nextStep) : InputCheck.clean(text);
            return new Content(composed, InputCheck.cleanOptional(situation), InputCheck.cleanOptional(behaviour),
                    InputCheck.cleanOptional(impact), InputCheck.cleanOptional(nextStep));
        }
    }

    /** The parts as the feedback box puts them together, so what was previewed is what is saved. */
    private static String compose(String situation, String behaviour, String impact, String nextStep) {
        return new FeedbackDraft("", situation, behaviour, impact, nextStep).combined();
    }
}
