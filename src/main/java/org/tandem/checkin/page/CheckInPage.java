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

    /**
     * Where the check-in takes the person back to after a form opened from one of its parts (decision 0093): the
     * page with that part's section open, scrolled to the part.
     */
    public String backTo(String part) {
        return org.tandem.checkin.CheckInRoutes.path(org.tandem.checkin.CheckInRoutes.PAGE, checkIn.id()) + "?open=" + part + "#" + part;
    }

    /** A goal's revision opened from the ADJUST section: the dialog's content, or a page that returns here. */
    public String revisionInPlacePath(GoalSummary goal) {
        return inPlacePath(GoalController.REVISION_IN_PLACE.replace("{id}", goal.id().toString()), org.tandem.checkin.CheckInRoutes.GOALS_ID);
    }

    /** Another feature's form opened from {@code part} (e.g. a celebration from CELEBRATE), with the way back to it. */
    public String inPlacePath(String form, String part) {
        return form + (form.contains("?") ? "&" : "?") + org.tandem.shared.InPlace.RETURN + "="
                + java.net.URLEncoder.encode(backTo(part), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The revision of this goal that waits for the reader's agreement (proposed by the other side), if any. */
    public boolean waitsForMe(GoalSummary goal) {
        return goal.pending() != null && !goal.pending().proposedBy().value().equals(isMentor ? checkIn.mentor().id() : checkIn.mentee().id());
    }

    /**
     * The playbook version the agenda was copied from. Playbooks are read by everyone of the organization, and only
     * the pair reads a check-in, so whoever sees this page may follow the link.
     */
    public String playbookPath() {
        var playbook = checkIn.playbook();
        return playbook == null ? null
                : org.tandem.program.PlaybookController.PLAYBOOK.replace("{id}", playbook.id().toString()) + "?version=" + playbook.version();
    }

    /** The other person of the pair, as the reader sees them. */
    public PersonRef partner() {
        return isMentor ? checkIn.mentee() : checkIn.mentor();
    }
}
