package org.tandem.checkin.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.TODAY;
import static org.tandem.checkin.session.CheckInFixtures.action;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;
import static org.tandem.checkin.session.CheckInFixtures.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.Risk;
import org.tandem.checkin.page.Review;
import org.tandem.checkin.page.Review.MeasurementChange;
import org.tandem.checkin.page.Review.ReachedMilestone;
import org.tandem.checkin.record.GrowthAnswer;
import org.tandem.checkin.record.Interpretation;
import org.tandem.checkin.record.Note;
import org.tandem.checkin.record.Note.Visibility;
import org.tandem.checkin.session.CheckIn;
import org.tandem.checkin.summary.SummaryContent.Adjustment;

class CheckInSummaryTests {

    private static final Instant DURING = SCHEDULED_AT.plusSeconds(1800);
    private static final String MENTORS_SECRET = "Mentee may be looking for another job";
    private static final String MENTEES_SECRET = "I find these sessions too long";

    private static SummaryContent content(List<Note> notes, String title) {
        CheckIn running = inProgressCheckIn();
        UUID goal = UUID.randomUUID();
        Review review = new Review(SCHEDULED_AT.minusSeconds(14 * 86_400),
                List.of(new MeasurementChange(goal, "Review turnaround (hours)", new BigDecimal("30.0"), new BigDecimal("18"))),
                List.of(), List.of(), List.of(),
                List.of(new ReachedMilestone(goal, "Led the first design review", SCHEDULED_AT.minusSeconds(86_400))),
                List.of());
        return new SummaryContent(title, SCHEDULED_AT, review,
                Interpretation.of(running, "Smaller pull requests", null, "Reviewers answer faster when the diff is short", MENTEE),
                List.of(new Adjustment("Ship the importer", "Reframed as learning to design for large files")),
                List.of("First design review led end to end"),
                List.of(Risk.raise(running, risk("Holiday season may stall reviews", 2, 3), MENTOR, DURING)),
                List.of(ActionItem.plan(running, action("Split the importer change into three pull requests"), MENTEE, DURING)),
                notes,
                List.of(GrowthAnswer.give(running, "growth-gen-07", "Where do you feel stuck?", "Estimating work", MENTEE, DURING)),
                Map.of(MENTOR, "Ada", MENTEE, "Grace"));
    }

    private static List<Note> notesOfBothKinds() {
        CheckIn running = inProgressCheckIn();
        return List.of(Note.write(running, MENTORS_SECRET, Visibility.PRIVATE, MENTOR, DURING),
                Note.write(running, MENTEES_SECRET, Visibility.PRIVATE, MENTEE, DURING),
                Note.write(running, "We will try a shorter agenda", Visibility.PAIR, MENTOR, DURING));
    }

    @Test
    void privateNotesNeverAppearInTheSummary() {
        SummaryContent content = content(notesOfBothKinds(), "Check-in with Grace");

        for (String summary : List.of(CheckInSummary.markdown(content), CheckInSummary.html(content))) {
            assertThat(summary).doesNotContain(MENTORS_SECRET).doesNotContain(MENTEES_SECRET);
            assertThat(summary).contains("We will try a shorter agenda");
        }
    }

    @Test
    void theMarkdownSummaryFollowsTheShapeOfTheCheckIn() {
        String markdown = CheckInSummary.markdown(content(notesOfBothKinds(), "Check-in with Grace"));

        assertThat(markdown).startsWith("# Check-in with Grace\n\n_Held 2027-03-02 09:00 UTC_\n");
        assertThat(markdown).containsSubsequence("## Review", "## What we made of it", "## Goal adjustments",
                "## Growth conversation", "## Risks ahead", "## Celebrations", "## Action plan", "## Notes");
        assertThat(markdown)
                .contains("- **Review turnaround (hours):** 30 → 18 (-12)")
                .contains("- **Milestone reached:** Led the first design review")
                .contains("- **Worked:** Smaller pull requests")
                .contains("- **Where do you feel stuck?:** Estimating work")
                .contains("likelihood 2 × impact 3 = 6; support: Ask the team lead for a buffer week; owner: Grace")
                .contains("- **Split the importer change into three pull requests:** Grace, due " + org.tandem.shared.Format.date(TODAY.plusDays(14)))
                .contains("- **Ada:** We will try a shorter agenda");
    }

    @Test
    void aTitleThatReadsLikeAHeldTimeIsNeitherRewrittenNorAbleToBreakTheSummary() {
        var content = content(notesOfBothKinds(), "Held 2022-03-02 00:90 UTC");
        String markdown = CheckInSummary.markdown(content);

        String shown = CheckInSummary.forReader(markdown, java.time.ZoneId.of("Europe/Berlin"));

        assertThat(shown).contains("Held 2022-03-02 00:90 UTC").contains("_Held Tue 2 Mar 2027, 10:00 (Europe/Berlin)_");
        assertThat(CheckInSummary.forReader("_Held 2022-13-02 25:00 UTC_", java.time.ZoneId.of("UTC")))
                .as("an impossible time is shown as stored").isEqualTo("_Held 2022-13-02 25:00 UTC_");
    }

    @Test
    void aReaderSeesTheHeldTimeOnTheirOwnClockAndInWordsWhileTheStoredTextKeepsTheInstant() {
        var content = content(notesOfBothKinds(), "Check-in with Grace");
        String markdown = CheckInSummary.markdown(content);
        String html = CheckInSummary.html(content);

        assertThat(CheckInSummary.forReader(markdown, java.time.ZoneId.of("Europe/Berlin")))
                .contains("_Held Tue 2 Mar 2027, 10:00 (Europe/Berlin)_").doesNotContain("UTC");
        assertThat(CheckInSummary.forReader(markdown, java.time.ZoneId.of("Pacific/Auckland")))
                .as("the day moves with the clock").contains("_Held Tue 2 Mar 2027, 22:00 (Pacific/Auckland)_");
        assertThat(CheckInSummary.forReader(html, java.time.ZoneId.of("Europe/Berlin")))
                .contains("<time datetime=\"" + content.heldAt() + "\">Held Tue 2 Mar 2027, 10:00 (Europe/Berlin)</time>");
        assertThat(markdown).contains("due Mon 15 Mar 2027").doesNotContain("due 2027-");
    }

    @Test
    void partsWithNothingInThemAreLeftOut() {
        var bare = new SummaryContent("Quick check-in", SCHEDULED_AT, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of());

        assertThat(CheckInSummary.markdown(bare)).doesNotContain("##");
        assertThat(CheckInSummary.html(bare)).doesNotContain("<section>");
    }

    @Test
    void theHtmlSummaryEscapesEverythingPeopleTyped() {
        CheckIn running = inProgressCheckIn();
        Note hostile = Note.write(running, "<script>alert('x')</script> & \"quotes\"", Visibility.PAIR, MENTOR, DURING);

        String html = CheckInSummary.html(content(List.of(hostile), "<img src=x onerror=alert(1)>"));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(html).contains("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>");
    }

    @Test
    void textPeopleTypedCannotAddMarkdownStructure() {
        CheckIn running = inProgressCheckIn();
        Note sneaky = Note.write(running, "## Fake heading\n- [click](javascript:alert(1)) <b>bold</b>", Visibility.PAIR, MENTOR, DURING);

        String markdown = CheckInSummary.markdown(content(List.of(sneaky), "Weekly *sync*"));

        assertThat(markdown).startsWith("# Weekly \\*sync\\*");
        assertThat(markdown).contains("- **Ada:** \\#\\# Fake heading - \\[click\\](javascript:alert(1)) \\<b\\>bold\\</b\\>");
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("## Fake"));
    }

    @Test
    void aCelebrationThatLooksLikeAListMarkerStaysText() {
        CheckIn running = inProgressCheckIn();
        var content = new SummaryContent("Wins", SCHEDULED_AT, null, Interpretation.of(running, null, null, null, MENTOR),
                List.of(), List.of("1. place in the hackathon", "- another one"), List.of(), List.of(), List.of(), List.of(), Map.of());

        assertThat(CheckInSummary.markdown(content)).contains("- 1\\. place in the hackathon\n", "- \\- another one\n");
    }
}
