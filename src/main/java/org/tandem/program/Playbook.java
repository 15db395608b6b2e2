package org.tandem.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tandem.people.OrganizationId;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;
import org.tandem.program.Tailoring.TailoredSection;

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

    public Optional<PlaybookSection> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /**
     * The agenda a pair gets when it tailors this version: the sections it keeps, in its order, with its timeboxes
     * and prompts. Refused, naming each field, when the tailoring leaves the playbook's limits: a core section left
     * out, a timebox outside its bounds, a section this playbook does not have or named twice, too many prompts.
     */
    public List<PlaybookSection> tailor(Tailoring tailoring) {
        List<FieldError> errors = new ArrayList<>();
        Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
        List<PlaybookSection> result = new ArrayList<>();
        if (tailoring.sections().isEmpty()) {
            errors.add(new FieldError("sections", "keep at least one section"));
        }
        for (int i = 0; i < tailoring.sections().size(); i++) {
            TailoredSection wanted = tailoring.sections().get(i);
            String at = "sections[" + i + "]";
            if (wanted == null || wanted.kind() == null) {
                errors.add(new FieldError(at + ".kind", "is required"));
                continue;
            }
            Optional<PlaybookSection> planned = section(wanted.kind());
            if (planned.isEmpty()) {
                errors.add(new FieldError(at + ".kind", wanted.kind() + " is not a section of this playbook"));
                continue;
            }
            if (!seen.add(wanted.kind())) {
                errors.add(new FieldError(at + ".kind", wanted.kind() + " appears twice"));
                continue;
            }
            PlaybookSection section = planned.get();
            if (!section.allows(wanted.minutes())) {
                errors.add(new FieldError(at + ".minutes", section.fixedTimebox()
                        ? "\"" + section.title() + "\" keeps its " + section.minutes() + " minutes"
                        : "\"" + section.title() + "\" takes between " + section.minMinutes() + " and " + section.maxMinutes() + " minutes"));
            }
            if (wanted.addedPrompts().size() > Tailoring.MAX_ADDED_PROMPTS
                    || wanted.addedPrompts().stream().anyMatch(p -> p == null || p.length() > Tailoring.MAX_PROMPT)) {
                errors.add(new FieldError(at + ".addedPrompts", "at most " + Tailoring.MAX_ADDED_PROMPTS + " prompts of 1 to "
                        + Tailoring.MAX_PROMPT + " characters"));
            }
            result.add(section.tailored(wanted.minutes(), wanted.addedPrompts()));
        }
        for (PlaybookSection section : sections) {
            if (section.core() && !seen.contains(section.kind())) {
                errors.add(new FieldError("sections", "\"" + section.title() + "\" is a core section of the playbook and stays"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(result);
    }

    /**
     * A tailoring made on another version of this playbook, applied as far as it still fits: sections this version no
     * longer has are left out, timeboxes are brought within this version's bounds, and core sections the tailoring
     * does not name are added at the end. Sections new in this version that are not core stay out until the pair
     * tailors again; the pair's page says the tailoring was made on an older version.
     */
    public List<PlaybookSection> tailorAsFarAsItFits(Tailoring tailoring) {
        List<PlaybookSection> result = new ArrayList<>();
        Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
        for (TailoredSection wanted : tailoring.sections()) {
            section(wanted.kind()).filter(s -> seen.add(s.kind())).ifPresent(s -> result.add(s.tailored(
                    Math.clamp(wanted.minutes(), s.minMinutes(), s.maxMinutes()),
                    wanted.addedPrompts().stream().limit(Tailoring.MAX_ADDED_PROMPTS).toList())));
        }
        sections.stream().filter(s -> s.core() && !seen.contains(s.kind())).forEach(result::add);
        return result.isEmpty() ? sections : List.copyOf(result);
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
                Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
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
                    if (s.kind() != null && !kinds.add(s.kind())) {
                        errors.add(new FieldError(at + ".kind", s.kind() + " appears twice; a check-in holds each section once"));
                    }
                    boolean minutesFit = s.minutes() >= 1 && s.minutes() <= MAX_MINUTES;
                    if (minutesFit && (s.minMinutes() < 1 || s.minMinutes() > s.minutes())) {
                        errors.add(new FieldError(at + ".minMinutes", "must be between 1 and the section's minutes"));
                    }
                    if (minutesFit && (s.maxMinutes() < s.minutes() || s.maxMinutes() > MAX_MINUTES)) {
                        errors.add(new FieldError(at + ".maxMinutes", "must be between the section's minutes and " + MAX_MINUTES));
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
