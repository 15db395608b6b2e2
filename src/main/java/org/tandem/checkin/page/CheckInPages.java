package org.tandem.checkin.page;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.checkin.CheckInView;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.session.CheckInAccess;
import org.tandem.feedback.FeedbackBox;
import org.tandem.goal.GoalService;
import org.tandem.goal.GoalSummary;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipController;
import org.tandem.people.Actor;
import org.tandem.program.Prompt;

/** Builds the check-in page model for one reader, with the state of the last edit of one of its parts (decision 0092). */
@Component
public class CheckInPages {

    private final CheckInAccess access;
    private final GoalService goals;
    private final CheckInReader reader;
    private final FeedbackQuality quality;

    CheckInPages(CheckInAccess access, GoalService goals, CheckInReader reader, FeedbackQuality quality) {
        this.access = access;
        this.goals = goals;
        this.reader = reader;
        this.quality = quality;
    }

    /** The id prefix of the feedback box on the check-in page. */
    static final String FEEDBACK_BOX = "checkin-feedback";

    /** An empty box; after a refused save, the box with what was written, its findings and why it was refused. */
    private FeedbackBox feedbackBox(Actor actor, CheckInView view, Edit edit) {
        boolean mentor = view.mentor().id().equals(actor.personId().value());
        String partner = (mentor ? view.mentee() : view.mentor()).displayName();
        FeedbackBox box = FeedbackBox.blank(FEEDBACK_BOX).labelled("Feedback for " + partner,
                "One moment: what happened, what " + partner + " did, what it changed, and what to keep or try next.");
        // an edit of an entry already given (edit.item() is its id) leaves the box for new feedback empty
        if (!edit.in(CheckInRoutes.FEEDBACK_ID) || edit.item() != null || edit.outcome() == Edit.Outcome.SAVED
                || edit.outcome() == Edit.Outcome.NONE) {
            return box;
        }
        var typed = edit.values();
        var draft = new FeedbackDraft(typed.get(FeedbackBox.TEXT), typed.get(FeedbackBox.SITUATION), typed.get(FeedbackBox.BEHAVIOUR),
                typed.get(FeedbackBox.IMPACT), typed.get(FeedbackBox.NEXT_STEP));
        FeedbackBox typedBox = box.with(draft, null, quality.panel(FEEDBACK_BOX, draft, null, actor.timeZone()));
        if (edit.outcome() == Edit.Outcome.ASKED) {
            return typedBox;
        }
        String why = edit.errors().any() ? String.join("; ", edit.errors().byField().entrySet().stream()
                .map(e -> CheckInText.words(e.getKey()) + " " + e.getValue()).toList()) : edit.message();
        return typedBox.withError(why);
    }

    /**
     * The whole page for one reader: access is checked once ({@link CheckInAccess}) and everything is read in one
     * read-only transaction, so the parts agree with each other.
     */
    @Transactional(readOnly = true)
    public CheckInPage page(Actor actor, CheckInId id, Edit edit, String flash, String pickedQuestion) {
        var visible = access.checkIn(actor, id);
        return page(actor, visible, reader.view(actor, visible.checkIn(), visible.mentorship()), true, edit, flash, pickedQuestion);
    }

    /**
     * The page with only the part {@code edit} is about read ({@link CheckInReader#part}): what an htmx answer swaps in.
     * The check-in's other parts are left empty, so this model is for that part's template only.
     */
    @Transactional(readOnly = true)
    public CheckInPage part(Actor actor, CheckInId id, Edit edit, String pickedQuestion) {
        var visible = access.checkIn(actor, id);
        return page(actor, visible, reader.part(actor, visible.checkIn(), visible.mentorship(), edit.fragment()), false, edit, null,
                pickedQuestion);
    }

    private CheckInPage page(Actor actor, CheckInAccess.Visible visible, CheckInView view, boolean whole, Edit edit, String flash,
            String pickedQuestion) {
        Mentorship mentorship = visible.mentorship();
        boolean growth = whole || edit.in(CheckInRoutes.GROWTH_ID);
        List<Prompt> questions = growth && view.editable()
                ? reader.openQuestions(actor.organizationId(), visible.checkIn().id(), mentorship.emphasis()) : List.of();
        Prompt question = questions.stream().filter(p -> p.id().equals(pickedQuestion)).findFirst()
                .orElse(questions.isEmpty() ? null : questions.getFirst());
        LocalDate today = reader.today(actor.timeZone());
        Edit shown = edit == null ? Edit.NONE : edit;
        List<GoalSummary> active = whole || edit.in(CheckInRoutes.ACTION_ITEMS_ID)
                ? goals.activeGoals(actor.organizationId(), mentorship.id(), reader.today(ZoneOffset.UTC)) : List.of();
        return new CheckInPage(view, view.mentor().id().equals(actor.personId().value()), view.mentee().id().equals(actor.personId().value()),
                MentorshipController.path(view.mentorshipId()), mentorship.emphasis(), active, questions, question, shown, flash,
                today, reader.now(), feedbackBox(actor, view, shown));
    }
}
