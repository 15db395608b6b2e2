package org.tandem.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tandem.people.OrganizationId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * A playbook at one version. Editing never changes a version: it makes the next one, so a check-in that
 * copied its agenda from version 3 keeps exactly what version 3 said.
 */
public record Playbook(PlaybookId id, OrganizationId organizationId, int number, String name, Emphasis emphasis,
                       Audience audience, List<PlaybookSection> sections, Instant createdAt, long version) {

    static final int MAX_SECTIONS = 20;
    static final int MAX_MINUTES = 120;

    public Playbook {
        sections = List.copyOf(sections);
    }

    public int totalMinutes() {
        return sections.stream().mapToInt(PlaybookSection::minutes).sum();
    }

    /** The next version with new content; the id stays, the number grows. */
    Playbook revise(PlaybookDraft draft, Instant now) {
        draft.validate();
        return new Playbook(id, organizationId, number + 1, draft.name().trim(), draft.emphasisOrGeneral(), draft.audienceOrEveryone(),
                draft.sections(), now, version);
    }

    /** What a playbook needs before it can be saved, from the API or a form. */
    public record PlaybookDraft(String name, List<PlaybookSection> sections, Emphasis emphasis, Audience audience) {

        Emphasis emphasisOrGeneral() {
            return emphasis == null ? Emphasis.GENERAL : emphasis;
        }

        Audience audienceOrEveryone() {
            return audience == null ? Audience.EVERYONE : audience;
        }

        void validate() {
            List<FieldError> errors = new ArrayList<>();
            if (name == null || name.isBlank()) {
                errors.add(new FieldError("name", "is required"));
            } else if (name.length() > 200) {
                errors.add(new FieldError("name", "must be at most 200 characters"));
            }
            if (sections == null || sections.isEmpty()) {
                errors.add(new FieldError("sections", "needs at least one section"));
            } else if (sections.size() > MAX_SECTIONS) {
                errors.add(new FieldError("sections", "at most " + MAX_SECTIONS + " sections"));
            } else {
                for (int i = 0; i < sections.size(); i++) {
                    PlaybookSection s = sections.get(i);
                    String at = "sections[" + i + "]";
                    if (s == null) {
                        errors.add(new FieldError(at, "is empty"));
                        continue;
                    }
                    if (s.kind() == null) {
                        errors.add(new FieldError(at + ".kind", "is required (RECAP, REVIEW, INTERPRET, ADJUST, GROWTH, RISKS, FEEDBACK, CELEBRATE, PLAN, CLOSE)"));
                    }
                    if (s.title() == null || s.title().isBlank() || s.title().length() > 200) {
                        errors.add(new FieldError(at + ".title", "is required and at most 200 characters"));
                    }
                    if (s.minutes() < 1 || s.minutes() > MAX_MINUTES) {
                        errors.add(new FieldError(at + ".minutes", "must be between 1 and " + MAX_MINUTES));
                    }
                    if (s.prompts().size() > 20 || s.prompts().stream().anyMatch(p -> p == null || p.isBlank() || p.length() > 500)) {
                        errors.add(new FieldError(at + ".prompts", "at most 20 prompts of 1 to 500 characters"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
