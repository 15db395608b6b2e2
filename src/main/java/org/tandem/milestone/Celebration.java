package org.tandem.milestone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NotAllowedException;

/**
 * The celebration of one reached milestone: a recognition naming the impact, the story as published, tangible
 * rewards, what comes next, and who may see it. Only the mentee widens who sees it beyond the pair.
 */
record Celebration(UUID id, OrganizationId organizationId, MilestoneId milestoneId, MentorshipId mentorshipId, UUID programId,
                   String recognition, CelebrationVisibility visibility, Story story, List<Reward> rewards, List<NextStep> nextSteps,
                   PersonId createdBy, Instant createdAt, Instant recognitionEditedAt, long version) {

    enum RewardKind { RESPONSIBILITY, PROJECT, NETWORK, LEARNING, OTHER }

    enum NextStepKind { EXPAND_SCOPE, ADVANCED_LEARNING, MENTOR_OTHERS, OTHER }

    record Reward(RewardKind kind, String description) {
    }

    /** {@code goalId} is set once the step was proposed as a goal. */
    record NextStep(UUID id, NextStepKind kind, String description, UUID goalId, long version) {
    }

    /** What the pair typed; every list may be empty and is cleaned of blank rows. */
    record Draft(String recognition, List<Reward> rewards, List<NextStep> nextSteps, List<String> stakeholders,
                 CelebrationVisibility visibility) {

        Draft {
            rewards = rewards == null ? List.of() : rewards.stream().filter(r -> r != null && !(r.kind() == null && blank(r.description()))).toList();
            nextSteps = nextSteps == null ? List.of() : nextSteps.stream().filter(s -> s != null && !(s.kind() == null && blank(s.description()))).toList();
            stakeholders = stakeholders == null ? List.of() : stakeholders.stream().filter(e -> !blank(e)).map(e -> e.strip().toLowerCase(Locale.ROOT))
                    .distinct().toList();
        }
    }

    static final String RECOGNITION = "recognition", VISIBILITY = "visibility", REWARDS = "rewards", NEXT_STEPS = "nextSteps",
            STAKEHOLDERS = "stakeholders";
    static final int MAX_RECOGNITION = 5000, MAX_ITEMS = 5, MAX_STAKEHOLDERS = 10, MAX_DESCRIPTION = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    Celebration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visibility, VISIBILITY);
        rewards = List.copyOf(rewards);
        nextSteps = List.copyOf(nextSteps);
    }

    /**
     * Publishes a celebration. {@code byMentee} says whether the person publishing is the mentee: only they choose a
     * visibility wider than the pair.
     */
    static Celebration publish(Milestone milestone, UUID programId, Draft draft, Story story, PersonId by, boolean byMentee, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String recognition = draft.recognition() == null ? "" : draft.recognition().strip();
        if (recognition.isEmpty()) {
            errors.add(new FieldError(RECOGNITION, "Say what was achieved and what it changed for someone"));
        } else if (recognition.length() > MAX_RECOGNITION) {
            errors.add(new FieldError(RECOGNITION, "Keep the recognition under " + MAX_RECOGNITION + " characters"));
        }
        items(errors, REWARDS, draft.rewards().size());
        for (int i = 0; i < draft.rewards().size(); i++) {
            Reward r = draft.rewards().get(i);
            kindAndDescription(errors, REWARDS + "[" + i + "]", r.kind(), r.description(), "RESPONSIBILITY, PROJECT, NETWORK, LEARNING or OTHER");
        }
        items(errors, NEXT_STEPS, draft.nextSteps().size());
        for (int i = 0; i < draft.nextSteps().size(); i++) {
            NextStep s = draft.nextSteps().get(i);
            kindAndDescription(errors, NEXT_STEPS + "[" + i + "]", s.kind(), s.description(), "EXPAND_SCOPE, ADVANCED_LEARNING, MENTOR_OTHERS or OTHER");
        }
        if (draft.stakeholders().size() > MAX_STAKEHOLDERS) {
            errors.add(new FieldError(STAKEHOLDERS, "Invite at most " + MAX_STAKEHOLDERS + " people"));
        }
        for (int i = 0; i < draft.stakeholders().size(); i++) {
            String email = draft.stakeholders().get(i);
            if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
                errors.add(new FieldError(STAKEHOLDERS + "[" + i + "]", "“" + abbreviated(email) + "” is not an email address"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CelebrationVisibility visibility = draft.visibility() == null ? CelebrationVisibility.PAIR : draft.visibility();
        if (visibility != CelebrationVisibility.PAIR && !byMentee) {
            throw new NotAllowedException("Only the mentee decides who beyond the pair sees the celebration; publish it for the pair and they can widen it");
        }
        List<Reward> rewards = draft.rewards().stream().map(r -> new Reward(r.kind(), r.description().strip())).toList();
        List<NextStep> steps = draft.nextSteps().stream().map(s -> new NextStep(Ids.next(), s.kind(), s.description().strip(), null, 0)).toList();
        return new Celebration(Ids.next(), milestone.organizationId(), milestone.id(), milestone.mentorshipId(), programId, recognition,
                visibility, story.checked(), rewards, steps, by, now, null, 0);
    }

    /** The mentee, and only the mentee, changes who sees it. */
    Celebration withVisibility(CelebrationVisibility newVisibility, boolean byMentee) {
        if (newVisibility == null) {
            throw new InvalidInputException(VISIBILITY, "Choose PAIR, PROGRAM or ORGANIZATION");
        }
        if (!byMentee) {
            throw new NotAllowedException("Only the mentee decides who sees the celebration");
        }
        return new Celebration(id, organizationId, milestoneId, mentorshipId, programId, recognition, newVisibility, story, rewards, nextSteps,
                createdBy, createdAt, recognitionEditedAt, version);
    }

    /** The instant the recognition settles: its author may change it until the guests' links run out (decision 0090). */
    Instant recognitionChangeableUntil() {
        return createdAt.plus(StakeholderInvitation.LIFETIME);
    }

    /** Whether {@code person} may still change the recognition at {@code now}: they published it, and it has not settled. */
    boolean recognitionChangeableBy(PersonId person, Instant now) {
        return createdBy.equals(person) && now.isBefore(recognitionChangeableUntil());
    }

    /**
     * Its author rewrites the recognition until it settles; the earlier words are not kept, readers see that it was
     * edited. Nobody else changes words published under another's name.
     */
    Celebration withRecognition(String text, PersonId by, Instant now) {
        if (!createdBy.equals(by)) {
            throw new NotAllowedException("Only the person who published the celebration changes its recognition");
        }
        if (!now.isBefore(recognitionChangeableUntil())) {
            throw new InvalidStateException("The recognition settled when the invitation links ran out; it stays as published");
        }
        String recognition = text == null ? "" : text.strip();
        if (recognition.isEmpty()) {
            throw new InvalidInputException(RECOGNITION, "Say what was achieved and what it changed for someone");
        }
        if (recognition.length() > MAX_RECOGNITION) {
            throw new InvalidInputException(RECOGNITION, "Keep the recognition under " + MAX_RECOGNITION + " characters");
        }
        return new Celebration(id, organizationId, milestoneId, mentorshipId, programId, recognition, visibility, story, rewards, nextSteps,
                createdBy, createdAt, now, version);
    }

    private static void items(List<FieldError> errors, String field, int count) {
        if (count > MAX_ITEMS) {
            errors.add(new FieldError(field, "Keep it to " + MAX_ITEMS + " at most"));
        }
    }

    private static void kindAndDescription(List<FieldError> errors, String field, Enum<?> kind, String description, String kinds) {
        if (kind == null) {
            errors.add(new FieldError(field + ".kind", "Choose " + kinds));
        }
        if (blank(description)) {
            errors.add(new FieldError(field + ".description", "Describe it in a few words"));
        } else if (description.strip().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError(field + ".description", "Keep it under " + MAX_DESCRIPTION + " characters"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
