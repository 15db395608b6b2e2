package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.feedback.FeedbackRule.ABSOLUTE;
import static org.tandem.feedback.FeedbackRule.TRAIT_LANGUAGE;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A trait word at the end of a list of predicates still judges the person the list is about. */
class TraitCoordinationTests {

    private final FeedbackChecker checker = FeedbackChecker.english();

    private Set<FeedbackRule> rules(String text) {
        return checker.check(text).stream().map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void aTraitAfterAnotherPredicateJudgesThePerson() {
        assertThat(rules("You are always late and lazy.")).contains(TRAIT_LANGUAGE, ABSOLUTE);
        assertThat(rules("She is late, slow and careless.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("He was quiet or arrogant, hard to tell.")).contains(TRAIT_LANGUAGE);
    }

    @Test
    void twoTraitsOfOnePersonAreOneFinding() {
        String text = "You are rude and lazy.";
        List<Finding> traits = checker.check(text).stream().filter(f -> f.rule() == TRAIT_LANGUAGE).toList();
        assertThat(traits).hasSize(1);
        assertThat(text.substring(traits.getFirst().start(), traits.getFirst().end())).isEqualTo("You are rude and lazy");
    }

    @Test
    void aTraitWordNamingAThingAfterAListStaysSilent() {
        assertThat(rules("You were quick and smart caching did the rest in PR 77.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("The tests are slow and lazy loading is off in the staging config.")).doesNotContain(TRAIT_LANGUAGE);
        assertThat(rules("You fixed the build and lazy evaluation now works in the importer.")).doesNotContain(TRAIT_LANGUAGE);
    }
}
