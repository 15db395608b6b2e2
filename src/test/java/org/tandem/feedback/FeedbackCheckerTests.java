package org.tandem.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.feedback.FeedbackRule.ABSOLUTE;
import static org.tandem.feedback.FeedbackRule.NOT_ACTIONABLE;
import static org.tandem.feedback.FeedbackRule.STALE;
import static org.tandem.feedback.FeedbackRule.TRAIT_LANGUAGE;
import static org.tandem.feedback.FeedbackRule.VAGUE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeedbackCheckerTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final FeedbackChecker checker = FeedbackChecker.english();

    private Set<FeedbackRule> rules(String text) {
        return checker.check(text).stream().map(Finding::rule).collect(Collectors.toSet());
    }

    private static String found(String text, Finding finding) {
        return text.substring(finding.start(), finding.end());
    }

    @Test
    void aTextOpeningWithNeedsMoreIsReadWithoutFailing() {
        // found by a round-eight corpus: the shape "<work> needs more <x>" looked one token before the text began
        assertThat(checker.check("Needs more depth in the risk section.")).extracting(Finding::rule).doesNotContain(FeedbackRule.TRAIT_LANGUAGE);
        assertThat(checker.check("Needed better structure; the handover ran long.")).isNotNull();
    }

    @Test
    void concreteFeedbackWithANextStepStaysSilent() {
        assertThat(checker.check("In Tuesday's planning you interrupted Sam twice while he explained the estimate; "
                + "next time, let him finish and then ask your question.")).isEmpty();
    }

    @Test
    void judgingThePersonIsTraitLanguageAndPointsAtTheJudgement() {
        String text = "Honestly, she's so disorganized.";
        var trait = checker.check(text).stream().filter(f -> f.rule() == TRAIT_LANGUAGE).findFirst().orElseThrow();
        assertThat(found(text, trait)).isEqualTo("she's so disorganized");
        assertThat(trait.message()).contains("she's so disorganized").contains("who the person is");
        assertThat(trait.suggestion()).contains("situation").contains("behaviour").contains("impact").contains("next step");
    }

    @Test
    void traitPraiseIsTraitLanguageToo() {
        assertThat(rules("You're brilliant.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("You are a natural leader.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("Lena is a rockstar.")).contains(TRAIT_LANGUAGE);
    }

    @Test
    void traitWordsOnThingsAreNotAboutThePerson() {
        assertThat(rules("The lazy-loading change you shipped in PR 418 cut page load by two seconds.")).isEmpty();
        assertThat(rules("Your smart caching removed 40% of the calls to the pricing API.")).isEmpty();
        assertThat(rules("The careless default in the old config was the cause, and your fix in PR 512 made it explicit."))
                .doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void adviceAboutBeingCarefulIsNotAJudgementOfThePerson() {
        assertThat(rules("You should be more careful with the release checklist.")).doesNotContain(TRAIT_LANGUAGE);
    }

    @Test
    void quotedTraitWordsAreSomeoneElsesWords() {
        assertThat(rules("The customer wrote \"your team is brilliant\" after Friday's training.")).isEmpty();
    }

    @Test
    void absolutesAboutAPersonAreFlaggedWhereTheyStand() {
        String text = "You always interrupt people in meetings.";
        var absolute = checker.check(text).stream().filter(f -> f.rule() == ABSOLUTE).findFirst().orElseThrow();
        assertThat(found(text, absolute)).isEqualTo("always");
        assertThat(rules("She forgets to update the board all the time.")).contains(ABSOLUTE);
        assertThat(rules("Every single time we talk about testing, you change the subject.")).contains(ABSOLUTE);
    }

    @Test
    void absolutesAboutThingsRulesOrReportedWordsAreNot() {
        assertThat(rules("The build never fails on main since you added the pre-merge checks in March.")).isEmpty();
        assertThat(rules("You mentioned always testing on staging, and your checklist for Friday's deploy made it easy.")).isEmpty();
        assertThat(rules("\"Never deploy on Fridays\" is our rule, and you reminded the new hires of it on Monday.")).isEmpty();
        assertThat(rules("You can always ask me for a second pair of eyes on the migration before Friday.")).isEmpty();
        assertThat(rules("You don't always need a ticket for a one-line fix like PR 12.")).doesNotContain(ABSOLUTE);
    }

    @Test
    void praiseWithoutAnExampleIsVagueButNeedsNoNextStep() {
        assertThat(rules("Great work this quarter.")).containsExactly(VAGUE);
        assertThat(rules("Good job!")).containsExactly(VAGUE);
    }

    @Test
    void namingTheSituationMakesFeedbackConcrete() {
        assertThat(rules("Great job in yesterday's demo: you showed the failure case first.")).isEmpty();
        assertThat(rules("Your write-up of the outage named the root cause and the follow-up tickets.")).isEmpty();
    }

    @Test
    void criticismWithoutAnExampleIsVagueAndNotActionable() {
        assertThat(rules("Needs improvement.")).containsExactlyInAnyOrder(VAGUE, NOT_ACTIONABLE);
        assertThat(rules("You should communicate better.")).containsExactlyInAnyOrder(VAGUE, NOT_ACTIONABLE);
    }

    @Test
    void concreteCriticismWithoutANextStepIsNotActionable() {
        assertThat(rules("You merged PR 902 without a review and it broke the nightly import.")).containsExactly(NOT_ACTIONABLE);
    }

    @Test
    void aStepThatOnlyRestatesTheWishIsNoStep() {
        assertThat(rules("Next time, try to be more proactive.")).contains(NOT_ACTIONABLE);
        assertThat(rules("The report on Friday had three wrong totals. Next time, ask Lee to check the figures before sending."))
                .doesNotContain(NOT_ACTIONABLE);
    }

    @Test
    void anOldEventIsStaleAfterTheConfiguredNumberOfDays() {
        String text = "In the sprint review you walked finance through the cost dashboard.";
        assertThat(checker.check(text, TODAY.minusDays(30), TODAY)).isEmpty();
        List<Finding> findings = checker.check(text, TODAY.minusDays(31), TODAY);
        assertThat(findings).extracting(Finding::rule).containsExactly(STALE);
        assertThat(findings.get(0).message()).contains("31 days ago");
        assertThat(checker.withStaleAfterDays(7).check(text, TODAY.minusDays(8), TODAY)).extracting(Finding::rule).containsExactly(STALE);
    }

    @Test
    void wordingThatPlacesTheEventLongAgoIsStale() {
        assertThat(rules("Two months ago you presented the data model at the guild meeting.")).containsExactly(STALE);
        assertThat(rules("Two weeks ago you presented the data model at the guild meeting.")).isEmpty();
    }

    @Test
    void findingsAreOrderedAndPointInsideTheText() {
        String text = "You are lazy. You always miss the standup.";
        List<Finding> findings = checker.check(text);
        assertThat(findings).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
            assertThat(f.message()).isNotBlank();
            assertThat(f.suggestion()).isNotBlank();
        });
    }

    @Test
    void curlyApostrophesAndQuotesAreReadLikeStraightOnes() {
        assertThat(rules("She\u2019s so disorganized.")).contains(TRAIT_LANGUAGE);
        assertThat(rules("You said \u201Cwe always test on staging\u201D at the kickoff on Monday.")).isEmpty();
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoFindings() {
        assertThat(checker.check("")).isEmpty();
        assertThat(checker.check("  ...  \n ")).isEmpty();
    }

    @Test
    void anEventDateNeedsTodayFromTheCaller() {
        assertThatThrownBy(() -> checker.check("Good job", TODAY, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> checker.withStaleAfterDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownLanguageIsRefusedClearly() {
        assertThatThrownBy(() -> FeedbackChecker.forLanguage("xx")).hasMessageContaining("feedback/xx/");
        assertThatThrownBy(() -> FeedbackChecker.forLanguage("../en")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A run-on text of 10,000 words is checked to its end (the speed per check is measured in bench/feedback-checker,
     * never here; the guard only stops a build that would hang on a rule gone quadratic).
     */
    @Test
    void aLongRunOnTextIsCheckedToItsEnd() {
        String text = "you always ".repeat(5_000) + "interrupt";

        List<Finding> findings = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                () -> checker.check(text));

        assertThat(findings).extracting(Finding::rule).contains(ABSOLUTE);
        assertThat(findings).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
    }
}
