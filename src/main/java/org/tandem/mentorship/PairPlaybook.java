package org.tandem.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tandem.people.PersonId;
import org.tandem.program.Playbook;
import org.tandem.program.PlaybookSection;
import org.tandem.program.Tailoring;

/**
 * The playbook a pair follows (decision 0086): the one its program chooses for the mentee, at its current version, and
 * the agenda it gives once the pair's tailoring is applied. Check-ins planned from now on copy {@code agenda}.
 */
public record PairPlaybook(MentorshipId mentorshipId, Playbook playbook, List<PlaybookSection> agenda, Optional<Tailored> tailored,
                           long version) {

    public PairPlaybook {
        agenda = List.copyOf(agenda);
    }

    /** The pair's tailoring as last saved: on which version of the playbook, by whom and when. */
    public record Tailored(Tailoring tailoring, int basedOnNumber, PersonId by, Instant at) {
    }

    /** True when the pair tailored an older version: its choices were carried over as far as they still fit. */
    public boolean tailoredOnOlderVersion() {
        return tailored.isPresent() && tailored.get().basedOnNumber() != playbook.number();
    }

    public int totalMinutes() {
        return agenda.stream().mapToInt(PlaybookSection::minutes).sum();
    }

    /** The prompts the pair added to a section, after the playbook's own. */
    public List<String> addedPrompts(PlaybookSection section) {
        return tailored.flatMap(t -> t.tailoring().sections().stream().filter(s -> s.kind() == section.kind()).findFirst())
                .map(Tailoring.TailoredSection::addedPrompts).orElse(List.of());
    }

    /** The playbook's sections the pair left out of its agenda. */
    public List<PlaybookSection> dropped() {
        return playbook.sections().stream().filter(s -> agenda.stream().noneMatch(a -> a.kind() == s.kind())).toList();
    }
}
