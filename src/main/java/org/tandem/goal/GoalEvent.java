package org.tandem.goal;

import java.time.Instant;

import org.tandem.mentorship.MentorshipId;

/**
 * Something that happened to a goal. Transitions record these on the goal they return; the service publishes
 * them after saving, so other features (notifications, milestones, cadence) react only to what was stored.
 */
public sealed interface GoalEvent permits GoalProposed, GoalAgreed, GoalRevisionProposed, GoalRevisionWithdrawn,
        GoalRevised, GoalAchievementProposed, GoalAchievementWithdrawn, GoalAchieved, GoalRetired, MeasurementRecorded,
        GoalChangesAsked, GoalProposalChanged {

    GoalId goalId();

    MentorshipId mentorshipId();

    Instant occurredAt();
}
