package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.people.OrganizationId;
import org.tandem.people.Role;
import org.tandem.program.Playbook.PlaybookDraft;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

class PlaybookTests {

    private static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");
    private static final Instant LATER = Instant.parse("2027-02-01T09:00:00Z");

    private static PlaybookSection section(SectionKind kind, int minutes) {
        return new PlaybookSection(kind, "About " + kind, minutes, List.of("What happened?"));
    }

    private static PlaybookDraft draft(PlaybookSection... sections) {
        return new PlaybookDraft("Quick check-in", Arrays.asList(sections), null, null);
    }

    private static Playbook firstVersion() {
        return new Playbook(new PlaybookId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), 1, "Quick check-in",
                Emphasis.GENERAL, Audience.EVERYONE, List.of(section(SectionKind.REVIEW, 10)), CREATED, 4);
    }

    private static List<FieldError> problems(PlaybookDraft draft) {
        try {
            draft.validate();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    private static List<String> fields(PlaybookDraft draft) {
        return problems(draft).stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftWithANameAndOneGoodSectionIsValid() {
        assertThat(problems(draft(section(SectionKind.RECAP, 5)))).isEmpty();
    }

    @Test
    void theNameIsRequiredAndAtMost200Characters() {
        List<PlaybookSection> one = List.of(section(SectionKind.RECAP, 5));

        assertThat(fields(new PlaybookDraft(null, one, null, null))).containsExactly("name");
        assertThat(fields(new PlaybookDraft("  ", one, null, null))).containsExactly("name");
        assertThat(fields(new PlaybookDraft("n".repeat(200), one, null, null))).isEmpty();
        assertThat(fields(new PlaybookDraft("n".repeat(201), one, null, null))).containsExactly("name");
    }

    @Test
    void aPlaybookNeedsOneToTwentySections() {
        assertThat(fields(new PlaybookDraft("P", null, null, null))).containsExactly("sections");
        assertThat(fields(new PlaybookDraft("P", List.of(), null, null))).containsExactly("sections");
        assertThat(fields(new PlaybookDraft("P", Arrays.stream(SectionKind.values()).map(k -> section(k, 2)).toList(), null, null))).isEmpty();
        assertThat(fields(new PlaybookDraft("P", Collections.nCopies(21, section(SectionKind.REVIEW, 2)), null, null)))
                .containsExactly("sections");
    }

    @Test
    void aSectionProblemNamesTheSectionByItsIndex() {
        PlaybookDraft draft = draft(section(SectionKind.RECAP, 5), section(SectionKind.REVIEW, 0), section(SectionKind.CLOSE, 121));

        assertThat(fields(draft)).containsExactly("sections[1].minutes", "sections[2].minutes");
    }

    @Test
    void aSectionTakesOneToOneHundredTwentyMinutes() {
        assertThat(fields(draft(section(SectionKind.RECAP, 1), section(SectionKind.CLOSE, 120)))).isEmpty();
        assertThat(fields(draft(section(SectionKind.RECAP, -5)))).containsExactly("sections[0].minutes");
    }

    @Test
    void aSectionNeedsAKindAndATitle() {
        PlaybookDraft draft = draft(new PlaybookSection(null, "Untyped", 5, List.of()), new PlaybookSection(SectionKind.PLAN, " ", 5, List.of()),
                new PlaybookSection(SectionKind.CLOSE, "t".repeat(201), 5, List.of()));

        assertThat(problems(draft)).extracting(FieldError::field).containsExactly("sections[0].kind", "sections[1].title", "sections[2].title");
        assertThat(problems(draft).getFirst().message()).contains("RECAP", "CLOSE");
    }

    @Test
    void anEmptySectionIsNamed() {
        List<PlaybookSection> sections = new ArrayList<>();
        sections.add(section(SectionKind.RECAP, 5));
        sections.add(null);

        assertThat(fields(new PlaybookDraft("P", sections, null, null))).containsExactly("sections[1]");
    }

    @Test
    void promptsAreAtMostTwentyEachOneToFiveHundredCharacters() {
        PlaybookSection twenty = new PlaybookSection(SectionKind.GROWTH, "Growth", 5, Collections.nCopies(20, "Why?"));
        PlaybookSection tooMany = new PlaybookSection(SectionKind.GROWTH, "Growth", 5, Collections.nCopies(21, "Why?"));
        PlaybookSection blank = new PlaybookSection(SectionKind.RISKS, "Risks", 5, List.of("Why?", " "));
        PlaybookSection tooLong = new PlaybookSection(SectionKind.PLAN, "Plan", 5, List.of("w".repeat(501)));

        assertThat(fields(draft(twenty))).isEmpty();
        assertThat(fields(draft(tooMany, blank, tooLong))).containsExactly("sections[0].prompts", "sections[1].prompts", "sections[2].prompts");
    }

    @Test
    void aSectionWithoutPromptsHasAnEmptyList() {
        assertThat(new PlaybookSection(SectionKind.CLOSE, "Close", 2, null).prompts()).isEmpty();
    }

    @Test
    void everyProblemOfADraftIsReportedAtOnce() {
        PlaybookDraft draft = new PlaybookDraft("", List.of(new PlaybookSection(null, "", 0, List.of(""))), null, null);

        assertThat(fields(draft)).containsExactly("name", "sections[0].kind", "sections[0].title", "sections[0].minutes", "sections[0].prompts");
    }

    @Test
    void revisingMakesTheNextNumberOfTheSamePlaybook() {
        Playbook v1 = firstVersion();
        PlaybookDraft change = new PlaybookDraft("  Deeper check-in  ", List.of(section(SectionKind.RECAP, 5), section(SectionKind.GROWTH, 20)),
                Emphasis.LEADERSHIP, new Audience(Set.of(Role.MENTOR), Set.of("SENIOR")));

        Playbook v2 = v1.revise(change, LATER);

        assertThat(v2.id()).isEqualTo(v1.id());
        assertThat(v2.organizationId()).isEqualTo(v1.organizationId());
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.name()).isEqualTo("Deeper check-in");
        assertThat(v2.emphasis()).isEqualTo(Emphasis.LEADERSHIP);
        assertThat(v2.audience().roles()).containsExactly(Role.MENTOR);
        assertThat(v2.sections()).extracting(PlaybookSection::kind).containsExactly(SectionKind.RECAP, SectionKind.GROWTH);
        assertThat(v2.totalMinutes()).isEqualTo(25);
        assertThat(v2.createdAt()).isEqualTo(LATER);
        // the optimistic-lock version the change was based on travels along, so saving can detect a race
        assertThat(v2.version()).isEqualTo(v1.version());
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.sections()).extracting(PlaybookSection::kind).containsExactly(SectionKind.REVIEW);
    }

    @Test
    void aRevisionWithoutEmphasisOrAudienceIsGeneralAndForEveryone() {
        Playbook v2 = firstVersion().revise(draft(section(SectionKind.RECAP, 5)), LATER);

        assertThat(v2.emphasis()).isEqualTo(Emphasis.GENERAL);
        assertThat(v2.audience()).isEqualTo(Audience.EVERYONE);
    }

    @Test
    void aBadRevisionIsRefused() {
        assertThatThrownBy(() -> firstVersion().revise(draft(section(SectionKind.RECAP, 0)), LATER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("sections[0].minutes"));
    }

    @Test
    void thePlaybookKeepsItsOwnCopyOfTheSections() {
        List<PlaybookSection> sections = new ArrayList<>(List.of(section(SectionKind.RECAP, 5)));
        Playbook playbook = new Playbook(new PlaybookId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), 1, "P", Emphasis.GENERAL,
                Audience.EVERYONE, sections, CREATED, 0);
        sections.add(section(SectionKind.CLOSE, 50));

        assertThat(playbook.sections()).hasSize(1);
        assertThat(playbook.totalMinutes()).isEqualTo(5);
    }

    @Test
    void anAudienceWithoutRolesOrSenioritiesIsEveryone() {
        assertThat(new Audience(null, null)).isEqualTo(Audience.EVERYONE);
    }

    @Test
    void theDefaultPlaybookRunsEveryKindOnceInTheMethodsOrder() {
        assertThat(DefaultPlaybook.sections()).extracting(PlaybookSection::kind).containsExactly(
                SectionKind.RECAP, SectionKind.REVIEW, SectionKind.INTERPRET, SectionKind.ADJUST, SectionKind.GROWTH,
                SectionKind.RISKS, SectionKind.FEEDBACK, SectionKind.CELEBRATE, SectionKind.PLAN, SectionKind.CLOSE);
        assertThat(DefaultPlaybook.sections()).extracting(PlaybookSection::kind).containsExactly(SectionKind.values());
    }

    @Test
    void theDefaultPlaybookFitsIn45Minutes() {
        assertThat(DefaultPlaybook.sections().stream().mapToInt(PlaybookSection::minutes).sum()).isEqualTo(45);
        assertThat(Cadence.FORTNIGHTLY.durationMinutes()).isEqualTo(45);
    }

    @Test
    void theDefaultPlaybookPassesItsOwnRulesAndOffersAPromptInEverySection() {
        PlaybookDraft draft = new PlaybookDraft(DefaultPlaybook.NAME, DefaultPlaybook.sections(), Emphasis.GENERAL, Audience.EVERYONE);

        assertThat(problems(draft)).isEmpty();
        assertThat(DefaultPlaybook.sections()).allSatisfy(s -> {
            assertThat(s.prompts()).isNotEmpty();
            assertThat(s.title()).isNotBlank();
        });
    }

    @Test
    void everySectionKindBelongsToOneSideOfTheBalance() {
        assertThat(SectionKind.CELEBRATE.balance()).isEqualTo(SectionKind.Balance.CELEBRATION);
        assertThat(SectionKind.REVIEW.balance()).isEqualTo(SectionKind.Balance.REVIEW);
        assertThat(SectionKind.ADJUST.balance()).isEqualTo(SectionKind.Balance.ADJUSTMENT);
        assertThat(SectionKind.CLOSE.balance()).isEqualTo(SectionKind.Balance.NONE);
    }
}
