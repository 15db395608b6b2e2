package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTests {

    private static List<String> words(String text) {
        var tokens = Tokens.of(text);
        var words = new ArrayList<String>();
        for (int i = 0; i < tokens.size; i++) words.add(tokens.word[i]);
        return words;
    }

    @Test
    void hyphenatedWordsStayWhole() {
        assertThat(words("the lazy-loading change")).containsExactly("the", "lazy-loading", "change");
    }

    @Test
    void cliticsAreSplitOffSoWordListsCanNameThem() {
        assertThat(words("You’re late, don't worry, it can't wait")).containsExactly(
                "you", "'re", "late", ",", "do", "n't", "worry", ",", "it", "can", "n't", "wait");
    }

    @Test
    void numbersWithSeparatorsAreOneToken() {
        assertThat(words("6,000 rows in 3.2 s at our 1:1")).containsExactly("6,000", "rows", "in", "3.2", "s", "at", "our", "1:1");
    }

    @Test
    void quotedWordsAreMarkedAndOffsetsPointIntoTheText() {
        String text = "You said \"we always test\" today.";
        var tokens = Tokens.of(text);
        int always = words(text).indexOf("always");
        assertThat(tokens.quoted[always]).isTrue();
        assertThat(tokens.quoted[words(text).indexOf("today")]).isFalse();
        assertThat(text.substring(tokens.start[always], tokens.end[always])).isEqualTo("always");
    }

    @Test
    void sentencesEndAtFullStopsButNotInsideQuotes() {
        var tokens = Tokens.of("He said \"done. really.\" Then he left. OK");
        assertThat(tokens.sentenceCount()).isEqualTo(3);
    }
}
