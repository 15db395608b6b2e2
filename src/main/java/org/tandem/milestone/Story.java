package org.tandem.milestone;

import java.util.ArrayList;
import java.util.List;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * The story of a milestone in four parts: the context (the goal and why it mattered), the learning curve (how the
 * indicator moved), the decision points (each change to the goal and its reason) and the impact. Drafted by
 * {@link StoryDraft}; the pair edits it before publishing.
 */
public record Story(String context, String learningCurve, List<String> decisionPoints, String impact) {

    static final String CONTEXT = "story.context", LEARNING_CURVE = "story.learningCurve", DECISION_POINTS = "story.decisionPoints",
            IMPACT = "story.impact";
    static final int MAX_PART = 4000, MAX_DECISIONS = 20;

    public Story {
        decisionPoints = decisionPoints == null ? List.of()
                : decisionPoints.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        context = clean(context);
        learningCurve = clean(learningCurve);
        impact = clean(impact);
    }

    /** Refuses a story the pair emptied or made too long; each part is needed for the story to be one. */
    Story checked() {
        List<FieldError> errors = new ArrayList<>();
        part(errors, CONTEXT, context, "Say what the goal was and why it mattered");
        part(errors, LEARNING_CURVE, learningCurve, "Say how the work went: what moved, and when");
        part(errors, IMPACT, impact, "Say what changed because the milestone was reached");
        if (decisionPoints.size() > MAX_DECISIONS) {
            errors.add(new FieldError(DECISION_POINTS, "Keep it to " + MAX_DECISIONS + " decision points"));
        } else if (String.join("\n", decisionPoints).length() > 2 * MAX_PART) {
            errors.add(new FieldError(DECISION_POINTS, "Keep the decision points under " + 2 * MAX_PART + " characters together"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    String decisionsText() {
        return String.join("\n", decisionPoints);
    }

    static List<String> decisionsOf(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\\R"));
    }

    private static void part(List<FieldError> errors, String field, String text, String whenMissing) {
        if (text.isEmpty()) {
            errors.add(new FieldError(field, whenMissing));
        } else if (text.length() > MAX_PART) {
            errors.add(new FieldError(field, "Keep it under " + MAX_PART + " characters"));
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
