package org.tandem.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tandem.shared.InvalidInputException;

/**
 * The feedback check as other features use it: findings for a text, and the text cut into plain and marked
 * pieces for a page. Findings are advice; nothing here refuses to save feedback because of them.
 */
@Service
public class FeedbackQuality {

    /** The longest text the check takes: a feedback entry, not an essay. */
    public static final int MAX_LENGTH = 5000;

    private final FeedbackChecker checker;
    private final Clock clock;

    FeedbackQuality(FeedbackChecker checker, Clock clock) {
        this.checker = checker;
        this.clock = clock;
    }

    /** Findings for a text with no event date; staleness then comes only from wording such as "months ago". */
    public List<Finding> check(String text) {
        return check(text, null, null);
    }

    /** Findings for a text about an event on {@code eventDate} (may be null), judged as of {@code today}. */
    public List<Finding> check(String text, LocalDate eventDate, LocalDate today) {
        return checker.check(text == null ? "" : text, eventDate, eventDate == null ? null : today);
    }

    /**
     * "Feedback you can fix" asks once (decisions 0079, 0087, 0090): a text with findings is held with a question —
     * {@code notYet}: the check found N things to look at. {@code choice} — and goes through when the writer answers
     * "as it is" ({@code confirm} is {@link GuestFeedbackController#AS_IS}) or sends the very text asked about
     * ({@code asked}) again. Null means: send it. Blank texts and texts over {@code maxLength} are not asked about; their
     * own validation answers them. One place for every form that asks, so they ask alike.
     */
    public GuestFeedbackController.Ask askOnce(FeedbackDraft draft, String confirm, String asked, int maxLength, String notYet,
            String choice) {
        String words = draft.combined();
        if (GuestFeedbackController.AS_IS.equals(confirm) || words.isBlank() || words.equals(asked) || words.length() > maxLength) {
            return null;
        }
        int findings = check(words).size();
        if (findings == 0) {
            return null;
        }
        return new GuestFeedbackController.Ask(notYet + ": the check found " + (findings == 1 ? "one thing" : findings + " things")
                + " to look at. " + choice, words);
    }

    /** The text cut at the findings, for templates; escaping stays the template engine's job. */
    public Highlighted highlight(String text, List<Finding> findings) {
        return Highlighted.of(text == null ? "" : text, findings, checker::title);
    }

    /** Checks and cuts in one go, judging the event date as of today in {@code zone}. */
    public Highlighted review(String text, LocalDate eventDate, ZoneId zone) {
        return highlight(text, check(text, eventDate, today(zone)));
    }

    /** The panel of a feedback box for what the person has written so far. */
    public FindingsPanel panel(String boxId, FeedbackDraft draft, LocalDate eventDate, ZoneId zone) {
        String text = draft.combined();
        if (text.length() > MAX_LENGTH) {
            return FindingsPanel.refused(boxId, "This is longer than " + MAX_LENGTH + " characters, too long to check. Shorten it to one or two points.");
        }
        return new FindingsPanel(boxId, review(text, eventDate, zone), draft.fromSteps(), null);
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    public int staleAfterDays() {
        return checker.staleAfterDays();
    }

    /** Refuses a missing or overlong text, naming the field. */
    public static String requireCheckable(String field, String text) {
        if (text == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
