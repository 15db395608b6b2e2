package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTests {

    private static Highlighted cut(String text, Finding... findings) {
        return Highlighted.of(text, List.of(findings), rule -> "title " + rule.name());
    }

    private static Finding finding(FeedbackRule rule, int start, int end) {
        return new Finding(rule, start, end, "why", "try");
    }

    @Test
    void aTextWithoutFindingsIsOnePlainPiece() {
        var h = cut("In Monday's demo you showed the numbers first.");

        assertThat(h.clean()).isTrue();
        assertThat(h.segments()).singleElement().satisfies(s -> {
            assertThat(s.marked()).isFalse();
            assertThat(s.cssClass()).isEmpty();
        });
    }

    @Test
    void piecesPutTogetherGiveBackTheTextExactly() {
        String text = "You are always late and lazy.\nReally.";
        var h = Highlighted.of(text, FeedbackChecker.english().check(text), FeedbackChecker.english()::title);

        assertThat(h.segments().stream().map(Highlighted.Segment::text).reduce("", String::concat)).isEqualTo(text);
        assertThat(h.notes()).extracting(n -> n.finding().rule()).contains(FeedbackRule.TRAIT_LANGUAGE, FeedbackRule.ABSOLUTE);
        assertThat(h.notes()).extracting(Highlighted.Note::title).contains("Describes the person", "Always or never");
    }

    @Test
    void aFindingInsideASentenceWideOneStaysPointedAndTheOuterOneIsAScope() {
        String text = "You are always late.";
        var h = cut(text, finding(FeedbackRule.NOT_ACTIONABLE, 0, 19), finding(FeedbackRule.ABSOLUTE, 8, 14));

        assertThat(h.segments()).extracting(Highlighted.Segment::text).containsExactly("You are ", "always", " late", ".");
        assertThat(h.segments().get(0).cssClass()).isEqualTo("finding-scope");
        assertThat(h.segments().get(1).cssClass()).isEqualTo("finding finding--NOT_ACTIONABLE finding--ABSOLUTE");
        assertThat(h.segments().get(3).marked()).isFalse();
    }

    @Test
    void findingsAreNumberedInReadingOrderAndTheNumberFollowsWhereEachEnds() {
        String text = "Great talk, always.";
        var h = cut(text, finding(FeedbackRule.ABSOLUTE, 12, 18), finding(FeedbackRule.VAGUE, 0, 5));

        assertThat(h.notes()).extracting(n -> n.finding().rule()).containsExactly(FeedbackRule.VAGUE, FeedbackRule.ABSOLUTE);
        assertThat(h.segments().get(0).notes()).containsExactly(1);
        assertThat(h.segments()).filteredOn(s -> s.text().equals("always")).singleElement()
                .satisfies(s -> assertThat(s.notes()).containsExactly(2));
    }

    @Test
    void aFindingOverTheWholeTextIsAScopeAndSaysSo() {
        String text = "Thanks for the launch notes.";
        var h = cut(text, finding(FeedbackRule.STALE, 0, text.length()));

        assertThat(h.notes().getFirst().wholeText()).isTrue();
        assertThat(h.segments()).singleElement().satisfies(s -> assertThat(s.cssClass()).isEqualTo("finding-scope"));
    }

    @Test
    void longQuotesAreCutAtAWord() {
        String text = "The onboarding guide you wrote for the payments team skipped the part about rotating the sandbox keys entirely.";
        var h = cut(text, finding(FeedbackRule.NOT_ACTIONABLE, 0, text.length() - 1));

        assertThat(h.notes().getFirst().quote()).endsWith("…").hasSizeLessThanOrEqualTo(Highlighted.Note.QUOTE_LENGTH + 1);
    }

    @Test
    void spansBeyondTheTextAreClipped() {
        var h = cut("Short.", finding(FeedbackRule.VAGUE, 0, 99));

        assertThat(h.segments().stream().map(Highlighted.Segment::text).reduce("", String::concat)).isEqualTo("Short.");
    }
}
