package org.tandem.checkin.page;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tandem.checkin.CheckInView;
import org.tandem.checkin.CheckInContentService;
import org.tandem.checkin.CheckInId;
import org.tandem.checkin.CheckInRoutes;
import org.tandem.checkin.CheckInService;
import org.tandem.feedback.FeedbackBox;
import org.tandem.goal.GoalService;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipController;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.Actor;
import org.tandem.program.Prompt;

/** Builds the check-in page model for one reader, with the state of the last edit of one of its parts. */
@Component
public class CheckInPages {

    private final CheckInService checkIns;
    private final CheckInContentService content;
    private final Mentorships mentorships;
    private final GoalService goals;
    private final CheckInReader reader;
    private final FeedbackQuality quality;

    CheckInPages(CheckInService checkIns, CheckInContentService content, Mentorships mentorships, GoalService goals, CheckInReader reader,
            FeedbackQuality quality) {
        this.checkIns = checkIns;
        this.content = content;
        this.mentorships = mentorships;
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

    public CheckInPage page(Actor actor, CheckInId id, Edit edit, String flash, String pickedQuestion) {
        CheckInView view = checkIns.get(actor, id);
        Mentorship mentorship = mentorships.ofPairOrAdmin(actor, new MentorshipId(view.mentorshipId()));
        List<Prompt> questions = view.editable() ? content.openQuestions(actor, id) : List.of();
        Prompt question = questions.stream().filter(p -> p.id().equals(pickedQuestion)).findFirst()
                .orElse(questions.isEmpty() ? null : questions.getFirst());
        LocalDate today = reader.today(actor.timeZone());
        Edit shown = edit == null ? Edit.NONE : edit;
        return new CheckInPage(view, view.mentor().id().equals(actor.personId().value()), view.mentee().id().equals(actor.personId().value()),
                MentorshipController.path(view.mentorshipId()), mentorship.emphasis(),
                goals.activeGoals(actor.organizationId(), mentorship.id(), reader.today(ZoneOffset.UTC)), questions, question, shown, flash,
                today, reader.now(), feedbackBox(actor, view, shown));
    }
}
