package org.tandem.checkin.summary;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.page.Review;
import org.tandem.checkin.record.Interpretation;
import org.tandem.checkin.record.Note;
import org.tandem.shared.Format;

/**
 * A completed check-in, written up for the pair as Markdown or as a small HTML fragment. Both come from one
 * outline, so they cannot drift apart. Every piece of user text is escaped for the format it lands in, and
 * only PAIR notes are ever read: a private note is not even looked at.
 */
public final class CheckInSummary {

    private static final DateTimeFormatter HELD_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The held line as stored: UTC and ISO-like, so it can be found again and written for each reader. */
    /**
     * The held line as {@link #markdown} ({@code _Held … UTC_} on a line of its own) and {@link #html} ({@code <time …>Held …
     * UTC</time>}) write it; only there, so a title or note that reads "Held 2027-01-01 00:00 UTC" is never taken for it.
     */
    private static final Pattern STORED_HELD = Pattern.compile(
            "(?m)(?<=^_|\">)Held (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) UTC(?=_$|</time>)");
    private static final DateTimeFormatter STORED_HELD_PARSE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CheckInSummary() {
    }

    /**
     * The stored summary as one reader reads it: the held time moves into the reader's zone and into words
     * ("Held Mon 7 Dec 2026, 09:00"). The summary is stored once at completion with the time in UTC; it is
     * rewritten here when shown, so each of the pair (and the mail) sees their own clock, and summaries
     * stored before this change read the same way.
     */
    public static String forReader(String stored, ZoneId zone) {
        if (stored == null) {
            return null;
        }
        Matcher m = STORED_HELD.matcher(stored);
        if (!m.find()) {
            return stored;
        }
        Instant held;
        try {
            held = LocalDateTime.parse(m.group(1), STORED_HELD_PARSE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return stored; // not a time we wrote (found by Jazzer: "Held 2022-03-02 00:90 UTC" threw); show it as stored
        }
        String words = "Held " + Format.dateTime(held, zone) + " (" + zone.getId() + ")";
        return stored.substring(0, m.start()) + words + stored.substring(m.end());
    }

    /** One line of the outline: an optional bold label and a text; both are user data, escaped on output. */
    private record Line(String label, String text) {
    }

    private record Part(String heading, List<Line> lines) {
    }

    public static String markdown(SummaryContent content) {
        var out = new StringBuilder("# ").append(Escape.markdown(content.title())).append("\n\n")
                .append("_Held ").append(HELD_AT.format(content.heldAt())).append("_\n");
        for (Part part : outline(content)) {
            out.append("\n## ").append(Escape.markdown(part.heading())).append("\n\n");
            for (Line line : part.lines()) {
                out.append("- ");
                if (line.label() != null) {
                    out.append("**").append(Escape.markdown(line.label())).append(":** ");
                }
                out.append(Escape.markdown(line.text())).append('\n');
            }
        }
        return out.toString();
    }

    public static String html(SummaryContent content) {
        var out = new StringBuilder("<article class=\"checkin-summary\">\n<h1>").append(Escape.html(content.title()))
                .append("</h1>\n<p><time datetime=\"").append(content.heldAt()).append("\">Held ")
                .append(HELD_AT.format(content.heldAt())).append("</time></p>\n");
        for (Part part : outline(content)) {
            out.append("<section>\n<h2>").append(Escape.html(part.heading())).append("</h2>\n<ul>\n");
            for (Line line : part.lines()) {
                out.append("<li>");
                if (line.label() != null) {
                    out.append("<strong>").append(Escape.html(line.label())).append(":</strong> ");
                }
                out.append(Escape.html(line.text())).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        return out.append("</article>\n").toString();
    }

    private static List<Part> outline(SummaryContent c) {
        List<Part> parts = new ArrayList<>();
        add(parts, "Review", review(c));
        Interpretation i = c.interpretation();
        add(parts, "What we made of it", lines(new Line("Worked", i.worked()), new Line("Did not work", i.didNotWork()),
                new Line("Why", i.why())));
        add(parts, "Goal adjustments", c.adjustments().stream().map(a -> new Line(a.goalTitle(), a.rationale())).toList());
        add(parts, "Growth conversation", c.growthAnswers().stream().map(a -> new Line(a.question(), a.answer())).toList());
        add(parts, "Risks ahead", c.risks().stream().map(r -> new Line(r.description(), "likelihood " + r.likelihood()
                + " × impact " + r.impact() + " = " + r.score() + "; support: " + r.support() + "; owner: " + c.nameOf(r.owner()))).toList());
        add(parts, "Feedback", c.feedback().stream().map(f -> new Line(c.nameOf(f.giver()) + " to " + c.nameOf(f.receiver()), f.text()))
                                  .toList());
        add(parts, "Celebrations", c.celebrations().stream().map(text -> new Line(null, text)).toList());
        add(parts, "Action plan", c.actionPlan().stream().map(a -> new Line(a.task(), c.nameOf(a.owner()) + ", due " + Format.date(a.dueOn())
                + resources(a))).toList());
        add(parts, "What we take away", c.takeaway() == null ? List.of() : List.of(new Line(null, c.takeaway())));
        add(parts, "Notes", c.notes().stream().filter(n -> n.visibility() == Note.Visibility.PAIR)
                                 .map(n -> new Line(c.nameOf(n.author()), n.text())).toList());
        return parts;
    }

    private static List<Line> review(SummaryContent c) {
        Review r = c.review();
        if (r == null) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        r.measurements().forEach(m -> lines.add(new Line(m.goalTitle(), number(m.from()) + " → " + number(m.to())
                + (m.change() == null ? "" : " (" + (m.change().signum() > 0 ? "+" : "") + number(m.change()) + ")"))));
        r.actionItemsDone().forEach(a -> lines.add(new Line("Done", a.task())));
        r.actionItemsOpen().forEach(a -> lines.add(new Line(r.actionItemsOverdue().contains(a) ? "Overdue" : "Still open",
                a.task() + " (due " + Format.date(a.dueOn()) + ")")));
        r.milestonesReached().forEach(m -> lines.add(new Line("Milestone reached", m.title())));
        r.observations().forEach(o -> lines.add(new Line("Observed " + Format.date(o.observedOn()), o.text())));
        return lines;
    }

    private static String resources(ActionItem item) {
        if (item.resources().isEmpty()) {
            return "";
        }
        return "; needs " + item.resources().stream()
                .map(res -> res.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (res.description() == null ? "" : " (" + res.description() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    private static List<Line> lines(Line... candidates) {
        return Arrays.stream(candidates).filter(l -> l.text() != null && !l.text().isBlank()).toList();
    }

    private static void add(List<Part> parts, String heading, List<Line> lines) {
        if (!lines.isEmpty()) {
            parts.add(new Part(heading, lines));
        }
    }
}
