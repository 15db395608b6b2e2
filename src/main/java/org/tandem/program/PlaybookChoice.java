package org.tandem.program;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.tandem.people.Role;

/**
 * Which playbook a mentorship follows: among the program's variants whose audience fits the mentee, the one that
 * names more about them (role and seniority over one of the two), the first listed on a tie; the program's own
 * playbook when none fits. A variant meant for everyone never wins over the program's own playbook: it says nothing
 * about the mentee.
 */
final class PlaybookChoice {

    private PlaybookChoice() {
    }

    static Playbook choose(Playbook programs, List<Playbook> variants, Set<Role> menteeRoles, String menteeSeniority) {
        return IntStream.range(0, variants.size()).boxed()
                .filter(i -> !variants.get(i).audience().everyone() && variants.get(i).audience().fits(menteeRoles, menteeSeniority))
                .min(Comparator.<Integer>comparingInt(i -> -variants.get(i).audience().specificity()).thenComparingInt(i -> i))
                .map(variants::get)
                .orElse(programs);
    }
}
