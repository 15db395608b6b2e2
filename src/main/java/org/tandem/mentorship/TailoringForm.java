package org.tandem.mentorship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.tandem.program.PlaybookSection;
import org.tandem.program.SectionKind;
import org.tandem.program.Tailoring;
import org.tandem.program.Tailoring.TailoredSection;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * The pair's tailoring form: one row per section of the playbook, kept or not (core sections always), with its place,
 * timebox and the prompts the pair adds (one per line). Fields are named {@code minutes_REVIEW} …, and so are errors.
 */
public record TailoringForm(List<Row> rows, long version) {

    public record Row(PlaybookSection section, boolean kept, String position, String minutes, String addedPrompts) {

        public String field(String name) {
            return name + "_" + section.kind().name();
        }
    }

    /** The form as the pair's playbook stands: its agenda in order, then the sections it leaves out. */
    static TailoringForm of(PairPlaybook playbook) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < playbook.agenda().size(); i++) {
            PlaybookSection s = playbook.agenda().get(i);
            PlaybookSection original = playbook.playbook().section(s.kind()).orElse(s);
            rows.add(new Row(original, true, String.valueOf(i + 1), String.valueOf(s.minutes()), String.join("\n", playbook.addedPrompts(s))));
        }
        for (PlaybookSection s : playbook.dropped()) {
            rows.add(new Row(s, false, String.valueOf(rows.size() + 1), String.valueOf(s.minutes()), ""));
        }
        return new TailoringForm(rows, playbook.version());
    }

    static TailoringForm read(PairPlaybook playbook, MultiValueMap<String, String> params) {
        List<Row> rows = of(playbook).rows().stream().map(r -> {
            SectionKind k = r.section().kind();
            return new Row(r.section(), r.section().core() || "true".equals(params.getFirst("keep_" + k)), text(params, "position_" + k),
                    text(params, "minutes_" + k), text(params, "addedPrompts_" + k));
        }).toList();
        long version;
        try {
            version = Long.parseLong(text(params, "version").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be the version the page showed");
        }
        return new TailoringForm(rows, version);
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    List<Row> kept() {
        return rows.stream().filter(Row::kept)
                .sorted(Comparator.comparingInt((Row r) -> number(r.position(), Integer.MAX_VALUE))).toList();
    }

    /** The tailoring the form describes; numbers that are not numbers are refused here, the limits by the playbook. */
    Tailoring tailoring() {
        List<FieldError> errors = new ArrayList<>();
        List<TailoredSection> sections = new ArrayList<>();
        for (Row r : kept()) {
            if (number(r.position(), Integer.MIN_VALUE) == Integer.MIN_VALUE) {
                errors.add(new FieldError(r.field("position"), "must be a whole number"));
            }
            int minutes = number(r.minutes(), Integer.MIN_VALUE);
            if (minutes == Integer.MIN_VALUE) {
                errors.add(new FieldError(r.field("minutes"), "must be a whole number of minutes"));
            }
            sections.add(new TailoredSection(r.section().kind(), minutes, r.addedPrompts().lines().map(String::strip).filter(p -> !p.isEmpty()).toList()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Tailoring(sections);
    }

    /** The playbook's {@code sections[2].minutes} → {@code minutes_INTERPRET}: the third row kept. */
    FormErrors errors(InvalidInputException e) {
        List<Row> kept = kept();
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            String field = error.field();
            if (field.startsWith("sections[")) {
                int close = field.indexOf(']');
                int index = Integer.parseInt(field.substring("sections[".length(), close));
                field = index < kept.size() && close + 2 <= field.length() ? kept.get(index).field(field.substring(close + 2)) : "sections";
            }
            map.merge(field, error.message(), (a, b) -> a + "; " + b);
        }
        return new FormErrors(map);
    }

    private static int number(String value, int otherwise) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
