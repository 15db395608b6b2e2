package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackDraftTests {

    @Test
    void freeTextWinsWhenItIsFilledIn() {
        var draft = new FeedbackDraft("  Thanks for the clear agenda on Monday.  ", "In planning", "you", "", "");

        assertThat(draft.fromSteps()).isFalse();
        assertThat(draft.combined()).isEqualTo("Thanks for the clear agenda on Monday.");
    }

    @Test
    void theFourStepsBecomeOneReadableText() {
        var draft = new FeedbackDraft("", "In Tuesday's planning", "You cut Sam off twice", "he stopped sharing ideas",
                "could you let people finish first?");

        assertThat(draft.fromSteps()).isTrue();
        assertThat(draft.combined()).isEqualTo(
                "In Tuesday's planning, you cut Sam off twice. He stopped sharing ideas. Could you let people finish first?");
    }

    @Test
    void namesAndTheWriterKeepTheirCapitals() {
        assertThat(new FeedbackDraft("", "During the demo", "Sam answered every question", "", "").combined())
                .isEqualTo("During the demo, Sam answered every question.");
        assertThat(new FeedbackDraft("", "At the retro", "I noticed you took notes", "", "").combined())
                .isEqualTo("At the retro, I noticed you took notes.");
    }

    @Test
    void aSituationWrittenAsASentenceStaysOne() {
        assertThat(new FeedbackDraft("", "We had the incident review on Friday.", "you kept the timeline", "", "").combined())
                .isEqualTo("We had the incident review on Friday. You kept the timeline.");
    }

    @Test
    void missingStepsAreLeftOut() {
        assertThat(new FeedbackDraft(null, null, null, "the release went out a day early;", "keep the checklist").combined())
                .isEqualTo("The release went out a day early. Keep the checklist.");
        assertThat(FeedbackDraft.EMPTY.combined()).isEmpty();
        assertThat(FeedbackDraft.EMPTY.fromSteps()).isFalse();
    }
}
