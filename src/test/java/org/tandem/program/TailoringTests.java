package org.tandem.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.people.OrganizationId;
import org.tandem.program.Tailoring.TailoredSection;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/** The limits a playbook sets on a pair's tailoring: each one refused by name, and what a fitting tailoring gives. */
class TailoringTests {

    private static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");

    /** Review is core and may take 5 to 15 minutes; Growth may be left out, 4 to 8 minutes; Plan is core and fixed at 5. */
    private static Playbook playbook(int number) {
        return new Playbook(new PlaybookId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), number, "Focused", Emphasis.GENERAL,
                Audience.EVERYONE, List.of(
                        new PlaybookSection(SectionKind.REVIEW, "Review", 10, List.of("What changed?"), true, 5, 15),
                        new PlaybookSection(SectionKind.GROWTH, "Growth", 6, List.of("What next?"), false, 4, 8),
                        new PlaybookSection(SectionKind.PLAN, "Plan", 5, List.of(), true, 5, 5)),
                CREATED, 0);
    }

    private static TailoredSection s(SectionKind kind, int minutes, String... prompts) {
        return new TailoredSection(kind, minutes, List.of(prompts));
    }

    private static List<FieldError> refusal(Playbook playbook, TailoredSection... sections) {
        try {
            playbook.tailor(new Tailoring(List.of(sections)));
            throw new AssertionError("the tailoring was accepted");
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    @Test
    void aPairReordersStretchesWithinBoundsAndAddsPrompts() {
        var agenda = playbook(1).tailor(new Tailoring(List.of(s(SectionKind.PLAN, 5), s(SectionKind.REVIEW, 14, "Which number moved most?"),
                s(SectionKind.GROWTH, 4))));

        assertThat(agenda).extracting(PlaybookSection::kind).containsExactly(SectionKind.PLAN, SectionKind.REVIEW, SectionKind.GROWTH);
        assertThat(agenda.get(1).minutes()).isEqualTo(14);
        assertThat(agenda.get(1).prompts()).containsExactly("What changed?", "Which number moved most?");
        assertThat(agenda.get(2).minutes()).isEqualTo(4);
    }

    @Test
    void aSectionThatIsNotCoreMayBeLeftOut() {
        var agenda = playbook(1).tailor(new Tailoring(List.of(s(SectionKind.REVIEW, 10), s(SectionKind.PLAN, 5))));

        assertThat(agenda).extracting(PlaybookSection::kind).containsExactly(SectionKind.REVIEW, SectionKind.PLAN);
    }

    @Test
    void aCoreSectionCannotBeLeftOut() {
        assertThat(refusal(playbook(1), s(SectionKind.GROWTH, 6), s(SectionKind.PLAN, 5)))
                .containsExactly(new FieldError("sections", "\"Review\" is a core section of the playbook and stays"));
    }

    @Test
    void aTimeboxOutsideItsBoundsIsRefusedNamingTheBounds() {
        assertThat(refusal(playbook(1), s(SectionKind.REVIEW, 16), s(SectionKind.GROWTH, 3), s(SectionKind.PLAN, 5)))
                .containsExactly(new FieldError("sections[0].minutes", "\"Review\" takes between 5 and 15 minutes"),
                        new FieldError("sections[1].minutes", "\"Growth\" takes between 4 and 8 minutes"));
    }

    @Test
    void aFixedTimeboxCannotMove() {
        assertThat(refusal(playbook(1), s(SectionKind.REVIEW, 10), s(SectionKind.PLAN, 6)))
                .containsExactly(new FieldError("sections[1].minutes", "\"Plan\" keeps its 5 minutes"));
    }

    @Test
    void aSectionThePlaybookDoesNotHaveOrOneNamedTwiceIsRefused() {
        assertThat(refusal(playbook(1), s(SectionKind.REVIEW, 10), s(SectionKind.CELEBRATE, 5), s(SectionKind.REVIEW, 10), s(SectionKind.PLAN, 5)))
                .extracting(FieldError::field).containsExactly("sections[1].kind", "sections[2].kind");
    }

    @Test
    void tooManyAddedPromptsAreRefused() {
        assertThat(refusal(playbook(1), s(SectionKind.REVIEW, 10, "a", "b", "c", "d", "e", "f"), s(SectionKind.PLAN, 5)))
                .extracting(FieldError::field).containsExactly("sections[0].addedPrompts");
    }

    @Test
    void anEmptyTailoringIsRefused() {
        assertThat(refusal(playbook(1))).extracting(FieldError::field).contains("sections");
    }

    @Test
    void aTailoringOfAnOlderVersionIsCarriedOverAsFarAsTheNewLimitsAllow() {
        Playbook newer = new Playbook(new PlaybookId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), 2, "Focused", Emphasis.GENERAL,
                Audience.EVERYONE, List.of(
                        new PlaybookSection(SectionKind.REVIEW, "Review", 10, List.of(), false, 8, 12),
                        new PlaybookSection(SectionKind.RISKS, "Risks", 4, List.of(), true, 4, 4),
                        new PlaybookSection(SectionKind.PLAN, "Plan", 5, List.of(), true, 5, 5)),
                CREATED, 1);

        var agenda = newer.tailorAsFarAsItFits(new Tailoring(List.of(s(SectionKind.PLAN, 5), s(SectionKind.GROWTH, 6),
                s(SectionKind.REVIEW, 15, "Mine"))));

        assertThat(agenda).extracting(PlaybookSection::kind).containsExactly(SectionKind.PLAN, SectionKind.REVIEW, SectionKind.RISKS);
        assertThat(agenda.get(1).minutes()).as("brought within the new bounds").isEqualTo(12);
        assertThat(agenda.get(1).prompts()).containsExactly("Mine");
    }

    @Test
    void aPlaybookRefusesBoundsThatDoNotHoldItsOwnTimebox() {
        var draft = new Playbook.PlaybookDraft("Bounds", List.of(new PlaybookSection(SectionKind.REVIEW, "Review", 10, List.of(), false, 11, 9)),
                null, null);

        assertThatThrownBy(draft::validate).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactly("sections[0].minMinutes", "sections[0].maxMinutes"));
    }

    @Test
    void aPlaybookRefusesTheSameKindTwice() {
        var draft = new Playbook.PlaybookDraft("Twice", List.of(new PlaybookSection(SectionKind.REVIEW, "Review", 10, List.of()),
                new PlaybookSection(SectionKind.REVIEW, "Review again", 10, List.of())), null, null);

        assertThatThrownBy(draft::validate).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field).containsExactly("sections[1].kind"));
    }
}
