package org.tandem.checkin.page;

import java.time.LocalDate;
import java.util.List;

import org.tandem.checkin.CheckInView;
import org.tandem.checkin.CheckInView.PersonRef;
import org.tandem.feedback.FeedbackBox;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalSummary;
import org.tandem.program.Emphasis;
import org.tandem.program.Prompt;

/**
 * The model of the check-in page and of each part of it that is swapped on its own.
 *
 * @param questions the growth questions still open, for the check-in's emphasis first
 * @param question  the one offered now: the one picked, or the first still open
 * @param feedbackBox the feedback feature's live-checked box, inside the form that saves feedback
 */
public record CheckInPage(CheckInView checkIn, boolean isMentor, boolean isMentee, String mentorshipPath, Emphasis emphasis,
                          List<GoalSummary> goals, List<Prompt> questions, Prompt question, Edit edit, String flash,
                          LocalDate today, java.time.Instant now, FeedbackBox feedbackBox) {

    /** How long the check-in has been running, for the overall clock. */
    public long secondsSinceStart() {
        return checkIn.startedAt() == null ? 0 : Math.max(0, java.time.Duration.between(checkIn.startedAt(), now).toSeconds());
    }

    public boolean inPair() {
        return isMentor || isMentee;
    }

    /** The pair prepares a scheduled check-in and records one in progress; nobody else changes anything. */
    public boolean canEdit() {
        return inPair() && checkIn.editable();
    }

    public boolean canRun() {
        return inPair() && checkIn.inProgress();
    }

    public List<PersonRef> pair() {
        return List.of(checkIn.mentor(), checkIn.mentee());
    }

    public String id() {
        return checkIn.id().toString();
    }

    /** Where a goal's page is, at its revision form. */
    public String revisionPath(GoalSummary goal) {
        return GoalController.PAGE.replace("{id}", goal.id().toString()) + "#revise";
    }

    /** The other person of the pair, as the reader sees them. */
    public PersonRef partner() {
        return isMentor ? checkIn.mentee() : checkIn.mentor();
    }
}
