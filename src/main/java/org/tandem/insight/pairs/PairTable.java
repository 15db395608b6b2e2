package org.tandem.insight.pairs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.tandem.insight.InsightRollups;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;

/**
 * The lead's pair table: the program's admins and leads only (for anyone else the program does not exist, as for its
 * dashboard). The rollups changed since their last refresh are recomputed first, as the dashboard does, so a check-in
 * just completed shows at once.
 */
@Service
public class PairTable {

    private final Programs programs;
    private final InsightRollups rollups;
    private final PairTableRepository repository;

    PairTable(Programs programs, InsightRollups rollups, PairTableRepository repository) {
        this.programs = programs;
        this.rollups = rollups;
        this.repository = repository;
    }

    /**
     * @param pairs     every pair of the program, whatever the filter
     * @param flagged   how many pairs carry each flag, over the whole program
     * @param freshAsOf when the stalest pair's figures were computed (null before any)
     * @param pending   pairs changed since, not yet counted in
     */
    public record Table(Program program, PairTableQuery query, List<PairRow> rows, String nextCursor, int pairs,
                        Map<FlagKind, Integer> flagged, Instant freshAsOf, int pending) {

        public int flagged(FlagKind kind) {
            return flagged.getOrDefault(kind, 0);
        }
    }

    public Table read(Actor actor, ProgramId id, PairTableQuery query, Instant now) {
        Program program = programs.get(actor, id);
        rollups.refreshBeforeReading(actor.organizationId(), program.id());
        List<PairRow> rows = rows(actor, program, now);
        Map<FlagKind, Integer> flagged = new EnumMap<>(FlagKind.class);
        rows.forEach(r -> r.flags().forEach(f -> flagged.merge(f.kind(), 1, Integer::sum)));
        PairTableQuery.Slice slice = query.slice(rows);
        var freshness = repository.freshness(actor.organizationId(), program.id());
        return new Table(program, query, slice.rows(), slice.nextCursor(), rows.size(), flagged, freshness.asOf(), freshness.pending());
    }

    /** Every row the query matches, in its order: the CSV export. */
    public List<PairRow> all(Actor actor, ProgramId id, PairTableQuery query, Instant now) {
        Program program = programs.get(actor, id);
        rollups.refreshBeforeReading(actor.organizationId(), program.id());
        return query.unpaged().slice(rows(actor, program, now)).rows();
    }

    /**
     * The flagged pairs of each program this person leads, most flags first, refreshed as the table is. Admins who
     * lead no program get none: their home is not a lead's.
     */
    List<Flagged> flaggedForLead(Actor actor, Instant now) {
        return programs.visibleTo(actor).stream()
                .filter(p -> p.isLedBy(actor.personId()))
                .map(p -> {
                    rollups.refreshBeforeReading(actor.organizationId(), p.id());
                    return new Flagged(p, PairTableQuery.DEFAULT.unpaged().slice(rows(actor, p, now)).rows().stream()
                            .filter(r -> !r.flags().isEmpty()).toList());
                })
                .toList();
    }

    record Flagged(Program program, List<PairRow> rows) {
    }

    private List<PairRow> rows(Actor actor, Program program, Instant now) {
        OrganizationId organization = actor.organizationId();
        LocalDate today = LocalDate.ofInstant(now, actor.timeZone());
        return repository.facts(organization, program.id(), PairFlags.overdueBefore(today)).stream()
                .map(f -> PairRow.of(f, PairFlags.of(f, now)))
                .toList();
    }
}
