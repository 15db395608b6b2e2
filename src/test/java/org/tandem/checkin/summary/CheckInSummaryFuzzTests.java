package org.tandem.checkin.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.checkin.session.CheckInFixtures.MENTEE;
import static org.tandem.checkin.session.CheckInFixtures.MENTOR;
import static org.tandem.checkin.session.CheckInFixtures.SCHEDULED_AT;
import static org.tandem.checkin.session.CheckInFixtures.inProgressCheckIn;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.checkin.actionplan.ActionItem;
import org.tandem.checkin.actionplan.ActionItemDraft;
import org.tandem.checkin.actionplan.Risk;
import org.tandem.checkin.actionplan.RiskDraft;
import org.tandem.checkin.page.Review;
import org.tandem.checkin.page.Review.MeasurementChange;
import org.tandem.checkin.page.Review.ReachedMilestone;
import org.tandem.checkin.record.GrowthAnswer;
import org.tandem.checkin.record.Interpretation;
import org.tandem.checkin.record.Note;
import org.tandem.checkin.record.Note.Visibility;
import org.tandem.checkin.session.CheckIn;
import org.tandem.shared.InvalidInputException;

/**
 * Jazzer on the Markdown (and HTML) summary: whatever the pair wrote, rendering never throws, the HTML never
 * carries a tag the pair typed, and showing a stored summary to a reader ({@code forReader}) never throws, for
 * our own summaries and for any stored text. Text the domain refuses (documented validation) is skipped.
 * Seeds in {@code CheckInSummaryFuzzTestsInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real (docs/input-limits.md).
 */
class CheckInSummaryFuzzTests {

    private static final Instant DURING = SCHEDULED_AT.plusSeconds(1800);
    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham");

    @FuzzTest(maxDuration = "60s")
    void renderingASummaryNeverThrowsWhateverThePairWrote(FuzzedDataProvider data) {
        SummaryContent content;
        try {
            content = content(data);
        } catch (InvalidInputException refused) {
            return; // the domain refuses it with a 400 long before a summary is written
        }
        ZoneId zone = ZoneId.of(data.pickValue(ZONES));

        String markdown = CheckInSummary.markdown(content);
        String html = CheckInSummary.html(content);
        String shown = CheckInSummary.forReader(markdown, zone);

        assertThat(markdown).startsWith("# ");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").endsWith("</article>\n");
        assertThat(shown).isNotNull();
    }

    @FuzzTest(maxDuration = "60s")
    void showingAnyStoredTextToAReaderNeverThrows(FuzzedDataProvider data) {
        ZoneId zone = ZoneId.of(data.pickValue(ZONES));
        String stored = data.consumeRemainingAsString();

        assertThat(CheckInSummary.forReader(stored, zone)).isNotNull();
    }

    private static SummaryContent content(FuzzedDataProvider data) {
        CheckIn running = inProgressCheckIn();
        UUID goal = UUID.randomUUID();
        String title = text(data);
        Review review = new Review(SCHEDULED_AT.minusSeconds(14 * 86_400),
                List.of(new MeasurementChange(goal, text(data), number(data), number(data))),
                List.of(), List.of(), List.of(),
                List.of(new ReachedMilestone(goal, text(data), SCHEDULED_AT.minusSeconds(86_400))),
                List.of());
        return new SummaryContent(title, SCHEDULED_AT, review,
                Interpretation.of(running, text(data), text(data), text(data), MENTEE),
                List.of(new SummaryContent.Adjustment(text(data), text(data))),
                List.of(text(data)),
                List.of(Risk.raise(running, new RiskDraft(text(data), 2, 3, text(data), MENTEE), MENTOR, DURING)),
                List.of(ActionItem.plan(running, new ActionItemDraft(text(data), MENTEE,
                        SCHEDULED_AT.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(14), List.of(), null), MENTEE, DURING)),
                List.of(Note.write(running, text(data), Visibility.PAIR, MENTOR, DURING),
                        Note.write(running, text(data), Visibility.PRIVATE, MENTEE, DURING)),
                List.of(GrowthAnswer.give(running, "growth-gen-07", text(data), text(data), MENTEE, DURING)),
                Map.of(MENTOR, text(data), MENTEE, text(data)));
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeString(200);
    }

    private static BigDecimal number(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 20));
    }
}
