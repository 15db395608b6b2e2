package org.tandem.milestone;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.feedback.Finding;
import org.tandem.feedback.Highlighted;

/**
 * A published celebration as a viewer may see it. {@code recognitionChangeableUntil} is set only for the viewer who
 * may still change the recognition (its author, until it settles); {@code recognitionEditedAt} once it was changed. {@code stakeholders} (who was invited) is filled for the pair
 * and admins only; everyone who may see the celebration reads the stakeholders' {@code words}.
 */
public record CelebrationView(UUID id, UUID milestoneId, UUID goalId, UUID mentorshipId, String milestoneTitle, String goalTitle,
                              String menteeName, String mentorName, String recognition, Instant recognitionEditedAt,
                              Instant recognitionChangeableUntil, List<Finding> findings, Highlighted highlighted,
                              Story story, List<RewardView> rewards, List<StepView> nextSteps, List<StakeholderView> stakeholders,
                              List<Words> words, CelebrationVisibility visibility, Instant createdAt, String createdByName, long version,
                              boolean viewerIsPair, boolean viewerIsMentee) {

    public record RewardView(String kind, String description) {
    }

    public record StepView(UUID id, String kind, String description, UUID goalId) {
    }

    public record StakeholderView(String email, boolean answered) {
    }

    /** {@code editedAt} is set once the guest changed their words; what they said before is not kept (decision 0090). */
    public record Words(String name, String words, Instant addedAt, Instant editedAt) {
    }
}
