package org.tandem.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;
import org.tandem.people.Role;
import org.tandem.program.Playbook.PlaybookDraft;
import org.tandem.shared.Enums;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * The playbook form as typed: one row per section kind, each kept or not, with its place, title, timebox, bounds,
 * core flag and prompts (one per line), so the form works without JavaScript. Its fields are named
 * {@code minutes_REVIEW}, {@code title_PLAN} …, and validation errors are given back under those names.
 */
public record PlaybookForm(String name, String emphasis, Set<Role> roles, String seniorities, List<Row> rows, long version) {

    public record Row(SectionKind kind, boolean included, String position, String title, String minutes, String minMinutes,
                      String maxMinutes, boolean core, String prompts) {

        public String field(String name) {
            return name + "_" + kind.name();
        }
    }

    /** A new playbook starts from the balanced default: every section, in the method's order, timeboxes fixed. */
    static PlaybookForm blank() {
        Map<SectionKind, PlaybookSection> defaults = byKind(DefaultPlaybook.sections());
        List<Row> rows = Arrays.stream(SectionKind.values())
                .map(k -> row(defaults.get(k), true, k.ordinal() + 1))
                .toList();
        return new PlaybookForm("", Emphasis.GENERAL.name(), Set.of(), "", rows, 0);
    }

    /** The form to edit a playbook as its next version: its sections first, in order, then the kinds it leaves out. */
    static PlaybookForm of(Playbook playbook) {
        Map<SectionKind, PlaybookSection> defaults = byKind(DefaultPlaybook.sections());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < playbook.sections().size(); i++) {
            rows.add(row(playbook.sections().get(i), true, i + 1));
        }
        Arrays.stream(SectionKind.values()).filter(k -> playbook.section(k).isEmpty())
                .forEach(k -> rows.add(row(defaults.get(k), false, k.ordinal() + 1)));
        return new PlaybookForm(playbook.name(), playbook.emphasis().name(), playbook.audience().roles(),
                String.join(", ", playbook.audience().seniorities().stream().sorted().toList()), rows, playbook.version());
    }

    private static Row row(PlaybookSection s, boolean included, int position) {
        return new Row(s.kind(), included, String.valueOf(position), s.title(), String.valueOf(s.minutes()), String.valueOf(s.minMinutes()),
                String.valueOf(s.maxMinutes()), s.core(), String.join("\n", s.prompts()));
    }

    private static Map<SectionKind, PlaybookSection> byKind(List<PlaybookSection> sections) {
        return sections.stream().collect(Collectors.toMap(PlaybookSection::kind, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    static PlaybookForm read(MultiValueMap<String, String> params) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : params.getOrDefault("roles", List.of())) {
            roles.add(Enums.parse(Role.class, role, "roles"));
        }
        List<Row> rows = Arrays.stream(SectionKind.values()).map(k -> new Row(k,
                "true".equals(params.getFirst("include_" + k)), text(params, "position_" + k), text(params, "title_" + k),
                text(params, "minutes_" + k), text(params, "minMinutes_" + k), text(params, "maxMinutes_" + k),
                "true".equals(params.getFirst("core_" + k)), text(params, "prompts_" + k))).toList();
        long version = parseLong(params.getFirst("version"));
        return new PlaybookForm(text(params, "name"), text(params, "emphasis"), roles, text(params, "seniorities"), rows, version);
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be the version the page showed");
        }
    }

    /** The rows kept, in the order their positions give (ties in the method's order). */
    List<Row> kept() {
        return rows.stream().filter(Row::included)
                .sorted(Comparator.comparingInt((Row r) -> number(r.position(), Integer.MAX_VALUE)).thenComparing(Row::kind))
                .toList();
    }

    /** The draft this form describes, checked; errors are named after the form's fields. */
    PlaybookDraft draft() {
        List<FieldError> errors = new ArrayList<>();
        Emphasis chosen = Emphasis.GENERAL;
        try {
            chosen = Enums.parseOr(Emphasis.class, emphasis, "emphasis", Emphasis.GENERAL);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        List<Row> kept = kept();
        List<PlaybookSection> sections = new ArrayList<>();
        for (Row r : kept) {
            int minutes = whole(r, "minutes", r.minutes(), errors);
            int min = r.minMinutes().isBlank() ? minutes : whole(r, "minMinutes", r.minMinutes(), errors);
            int max = r.maxMinutes().isBlank() ? minutes : whole(r, "maxMinutes", r.maxMinutes(), errors);
            if (number(r.position(), -1) < 0) {
                errors.add(new FieldError(r.field("position"), "must be a whole number"));
            }
            List<String> prompts = r.prompts().lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
            sections.add(new PlaybookSection(r.kind(), r.title(), minutes, prompts, r.core(), min, max));
        }
        Set<String> seniorityList = Arrays.stream(seniorities.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (seniorities.length() > 500) {
            errors.add(new FieldError("seniorities", "at most 500 characters"));
        }
        var draft = new PlaybookDraft(name, sections, chosen, new Audience(roles, seniorityList));
        try {
            draft.validate();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.add(new FieldError(formField(error.field(), kept), error.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    /** {@code sections[2].minutes} → {@code minutes_INTERPRET}: the field of the third kept row. */
    private static String formField(String field, List<Row> kept) {
        if (!field.startsWith("sections[")) {
            return field;
        }
        int close = field.indexOf(']');
        int index = Integer.parseInt(field.substring("sections[".length(), close));
        String rest = close + 2 <= field.length() ? field.substring(close + 2) : "title";
        return index < kept.size() ? kept.get(index).field(rest.isEmpty() ? "title" : rest) : "sections";
    }

    private static int whole(Row r, String name, String value, List<FieldError> errors) {
        int n = number(value, Integer.MIN_VALUE);
        if (n == Integer.MIN_VALUE) {
            errors.add(new FieldError(r.field(name), "must be a whole number of minutes"));
            return 0;
        }
        return n;
    }

    private static int number(String value, int otherwise) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Errors keyed by the form's field names, as the template shows them. */
    static FormErrors errors(InvalidInputException e) {
        Map<String, String> map = new LinkedHashMap<>();
        e.errors().forEach(error -> map.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return new FormErrors(map);
    }
}
