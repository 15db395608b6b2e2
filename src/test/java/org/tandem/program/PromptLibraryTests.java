package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PromptLibraryTests {

    private final PromptLibrary library = PromptLibrary.standard();

    @Test
    void theLibraryIsLoadedOnce() {
        assertThat(PromptLibrary.standard()).isSameAs(library);
    }

    @Test
    void theLibraryOffersAtLeastFortyEightPromptsMostlyGrowthQuestions() {
        Map<SectionKind, Long> bySection = library.all().stream()
                .collect(Collectors.groupingBy(Prompt::section, Collectors.counting()));

        assertThat(library.all()).hasSizeGreaterThanOrEqualTo(48);
        assertThat(bySection.get(SectionKind.GROWTH)).isGreaterThan(library.all().size() / 2);
        assertThat(bySection).containsKeys(SectionKind.RECAP, SectionKind.INTERPRET, SectionKind.ADJUST, SectionKind.RISKS,
                SectionKind.FEEDBACK, SectionKind.CELEBRATE, SectionKind.PLAN);
    }

    @ParameterizedTest
    @EnumSource(Emphasis.class)
    void everyEmphasisHasSeveralGrowthQuestionsOfItsOwn(Emphasis emphasis) {
        assertThat(library.all()).filteredOn(p -> p.section() == SectionKind.GROWTH && p.emphasis() == emphasis)
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void idsAreUniqueAndReadable() {
        assertThat(library.all()).extracting(Prompt::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*-\\d{2}"));
        assertThat(library.byId("growth-tech-01")).map(Prompt::emphasis).contains(Emphasis.TECHNICAL_SKILL);
        assertThat(library.byId("no-such-prompt-01")).isEmpty();
    }

    @Test
    void promptsAreQuestionsOrInvitationsOfReasonableLength() {
        assertThat(library.all()).allSatisfy(p -> {
            assertThat(p.text()).hasSizeBetween(20, 200);
            assertThat(p.text()).doesNotContain("\t");
        });
    }

    @Test
    void generalPromptsMatchEveryEmphasisAfterTheSpecificOnes() {
        List<Prompt> found = library.find(SectionKind.GROWTH, Emphasis.LEADERSHIP);

        assertThat(found).extracting(Prompt::emphasis).containsOnly(Emphasis.LEADERSHIP, Emphasis.GENERAL);
        assertThat(found).extracting(Prompt::emphasis)
                .isSortedAccordingTo((a, b) -> Boolean.compare(a == Emphasis.GENERAL, b == Emphasis.GENERAL));
        assertThat(found).extracting(Prompt::id).contains("growth-lead-01", "growth-gen-01");
    }

    @Test
    void askingForGeneralGivesOnlyGeneralPrompts() {
        assertThat(library.find(SectionKind.GROWTH, Emphasis.GENERAL)).extracting(Prompt::emphasis).containsOnly(Emphasis.GENERAL);
    }

    @Test
    void promptsOfOtherSectionsAreNotOffered() {
        assertThat(library.find(SectionKind.RISKS, Emphasis.CROSS_FUNCTIONAL))
                .extracting(Prompt::section).containsOnly(SectionKind.RISKS);
        assertThat(library.find(SectionKind.RISKS, Emphasis.CROSS_FUNCTIONAL)).extracting(Prompt::id).contains("risks-xfn-01");
        assertThat(library.find(SectionKind.RISKS, Emphasis.TECHNICAL_SKILL)).extracting(Prompt::id).doesNotContain("risks-xfn-01");
    }

    @Test
    void missingFiltersMeanAny() {
        assertThat(library.find(null, null)).hasSameSizeAs(library.all());
        assertThat(library.find(SectionKind.CLOSE, null)).isNotEmpty().allMatch(p -> p.section() == SectionKind.CLOSE);
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber() {
        String tsv = "id\tsection\temphasis\ttext\n"
                + "growth-gen-01\tGROWTH\tGENERAL\tWhat surprised you?\n"
                + "# comments and blank lines are fine\n\n"
                + "growth-gen-02\tGROWTH\tSOMETIMES\tWhat next?\n";

        assertThatThrownBy(() -> PromptLibrary.read(new StringReader(tsv), "test.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("test.tsv line 5:");
    }

    @Test
    void duplicateIdsMissingColumnsAndAWrongHeaderAreRefused() {
        String header = "id\tsection\temphasis\ttext\n";
        assertThatThrownBy(() -> PromptLibrary.read(new StringReader(header
                + "plan-gen-01\tPLAN\tGENERAL\tWhat will you do?\nplan-gen-01\tPLAN\tGENERAL\tAnd then?\n"), "t"))
                .hasMessageContaining("duplicate id plan-gen-01");
        assertThatThrownBy(() -> PromptLibrary.read(new StringReader(header + "plan-gen-01\tPLAN\tWhat will you do?\n"), "t"))
                .hasMessageContaining("expected 4 tab-separated columns");
        assertThatThrownBy(() -> PromptLibrary.read(new StringReader("id,section,emphasis,text\n"), "t"))
                .hasMessageContaining("line 1");
    }
}
