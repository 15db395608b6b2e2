package org.tandem.insight.pairs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.insight.Balance;

/**
 * One line of the lead's pair table.
 *
 * @param active           false once the mentorship ended (an ended pair carries no flags)
 * @param cadenceAdherence check-ins held on time / due; null while none was due
 */
public record PairRow(UUID mentorshipId, Person mentor, Person mentee, boolean active, Instant lastCheckInAt, Instant nextCheckInAt,
                      Double cadenceAdherence, Balance balance, List<PairFlag> flags) {

    /** A person of the pair as the lead sees them: a name and an id. */
    public record Person(UUID id, String displayName) {
    }

    public PairRow {
        flags = List.copyOf(flags);
    }

    static PairRow of(PairFacts f, List<PairFlag> flags) {
        return new PairRow(f.mentorshipId(), f.mentor(), f.mentee(), f.active(), f.lastHeldAt(), f.nextAt(), f.adherence(), f.balance(), flags);
    }

    public boolean has(FlagKind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }

    /** The pair's page, where the lead reads its scorecard (never its notes). */
    public String href() {
        return "/mentorships/" + mentorshipId;
    }
}
