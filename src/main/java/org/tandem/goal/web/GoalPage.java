package org.tandem.goal.web;

import java.util.List;

import org.tandem.goal.GoalStatus;
import org.tandem.goal.web.GoalForms.MeasurementForm;
import org.tandem.goal.web.GoalForms.ReframeForm;
import org.tandem.goal.web.GoalForms.RevisionForm;
import org.tandem.goal.web.GoalViews.FieldChangeView;
import org.tandem.goal.web.GoalViews.PreferencesView;
import org.tandem.goal.web.GoalViews.SignalView;
import org.tandem.goal.web.GoalViews.SmartPanel;
import org.tandem.shared.FormErrors;

/**
 * One goal's page: its terms and SMART verdicts, the indicator chart with the measurements behind it, the signals,
 * the agreement or revision waiting for someone, the forms to change it, and its history as a timeline.
 */
public record GoalPage(String href, String goalsHref, String mentorshipHref, String pairTitle, String title, String statement,
                       String kind, GoalStatus status, String statusLabel, String statusBadge, List<Term> terms,
                       PreferencesView preferences, SmartPanel smart, ProgressView progress, GoalChart chart,
                       List<MeasurementRow> measurements, List<SignalView> signals, Agreement agreement,
                       PendingRevision pending, AchievementView achievement, List<TimelineEntry> timeline, boolean canRecord, boolean canRevise,
                       boolean canReframe, boolean canAchieve, boolean canRetire, MeasurementForm measurementForm,
                       RevisionForm revisionForm, ReframeForm reframeForm, String open, FormErrors errors, String failedForm,
                       String alert, String flash, Routes routes, long version, Changes changes) {

    public record Term(String label, String value) {
    }

    /** {@code summary} is the sentence beside the bar: the exact numbers the bar only hints at. */
    public record ProgressView(int percent, String summary, String latest, String target, String projected) {
    }

    public record MeasurementRow(String value, String observedOn, String note, String recordedBy, String recordedAt) {
    }

    /**
     * A proposed goal: who still has to agree, and whether that is the reader. {@code gaps}: the SMART properties the
     * check finds missing, shown beside the agree button, which then asks to confirm agreeing anyway.
     */
    public record Agreement(boolean canAgree, String proposedBy, String waitingFor, List<GoalViews.SmartRow> gaps) {
    }

    public record PendingRevision(String id, int number, String proposedBy, String proposedAt, String rationale,
                                  List<String> context, boolean resetCadence, List<FieldChangeView> changes, boolean canAgree,
                                  boolean canWithdraw, boolean isProposer, String waitingFor, String agreeAction,
                                  String withdrawAction) {
    }

    /**
     * Achievement needs both sides. {@code waiting}: one side proposed it and the other has not agreed yet;
     * {@code canPropose}: the reader may propose it now; {@code targetMet}: the latest measurement meets the target,
     * so the page asks "mark achieved?".
     */
    public record AchievementView(boolean canPropose, boolean targetMet, boolean waiting, String proposedBy, String proposedAt,
                                  String evidence, String waitingFor, boolean canAgree, boolean canWithdraw, boolean isProposer) {
    }

    public record TimelineEntry(String datetime, String when, String heading, List<FieldChangeView> changes, String rationale,
                                List<String> context, String note) {
    }

    public record Routes(String agree, String measure, String revise, String reframe, String achieve, String agreeAchievement,
                         String withdrawAchievement, String retire) {
    }

    /**
     * Asking for changes (decision 0094): which of the three proposals the reader may send back, the routes, the open
     * requests to show, and the form the proposer of a goal changes it with. {@code typedComment} is what a refused
     * request form showed back.
     */
    public record Changes(boolean canAskGoal, boolean canAskRevision, boolean canAskAchievement, boolean canChangeProposal,
                          String askGoalAction, String askRevisionAction, String askAchievementAction, String changeProposalAction,
                          List<Asked> open, GoalForms.GoalForm proposalForm, String typedComment) {

        public Changes typed(String comment) {
            return new Changes(canAskGoal, canAskRevision, canAskAchievement, canChangeProposal, askGoalAction, askRevisionAction,
                    askAchievementAction, changeProposalAction, open, proposalForm, comment);
        }
    }

    /**
     * An open request for changes as both of the pair read it; {@code next} tells the proposer what answers it, and
     * {@code letGoAction} is where they let a sent-back revision or achievement go (null for anyone else).
     */
    public record Asked(String subject, String heading, String comment, String next, String letGoAction) {
    }

    public GoalPage withChanges(Changes changed) {
        return new GoalPage(href, goalsHref, mentorshipHref, pairTitle, title, statement, kind, status, statusLabel, statusBadge, terms,
                preferences, smart, progress, chart, measurements, signals, agreement, pending, achievement, timeline, canRecord, canRevise,
                canReframe, canAchieve, canRetire, measurementForm, revisionForm, reframeForm, open, errors, failedForm, alert, flash, routes,
                version, changed);
    }

    /** Which form the field errors belong to, so only that form shows them (and opens, if folded). */
    public boolean failed(String form) {
        return form.equals(failedForm);
    }

    /** Errors for a form that did not fail: none. Field names repeat across forms, messages must not. */
    public FormErrors errorsOf(String form) {
        return failed(form) ? errors : FormErrors.NONE;
    }
}
