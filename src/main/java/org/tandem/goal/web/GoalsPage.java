package org.tandem.goal.web;

import java.util.List;

import org.tandem.goal.GoalCounts;
import org.tandem.goal.web.GoalForms.GoalForm;
import org.tandem.goal.web.GoalViews.PreferencesView;
import org.tandem.goal.web.GoalViews.SignalView;
import org.tandem.goal.web.GoalViews.SmartPanel;
import org.tandem.shared.FormErrors;

/**
 * The goals of one mentorship: the list with status, progress and signals, and the form that proposes a goal with
 * its live SMART check. A program lead gets {@code countsOnly}: how many goals per status, nothing else.
 */
public record GoalsPage(String mentorshipHref, String mentorName, String menteeName, PreferencesView preferences,
                        boolean countsOnly, GoalCounts counts, List<GoalCard> goals, boolean canPropose, GoalForm form,
                        FormErrors errors, SmartPanel smart, String proposeAction, String smartAction, String flash) {

    public record GoalCard(String href, String title, String statement, String kind, String status, String statusBadge,
                           int percent, String progressText, String dueOn, String waiting, List<SignalView> signals,
                           boolean canAct) {
    }
}
