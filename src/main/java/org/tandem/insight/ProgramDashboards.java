package org.tandem.insight;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tandem.insight.InsightRollups.Added;
import org.tandem.insight.InsightRollups.Sums;
import org.tandem.people.Actor;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;

/** The program dashboard: admins and the program's own leads; for everyone else the program does not exist. */
@Service
public class ProgramDashboards {

    private final Programs programs;
    private final InsightRollups rollups;
    private final InsightProperties properties;

    ProgramDashboards(Programs programs, InsightRollups rollups, InsightProperties properties) {
        this.programs = programs;
        this.rollups = rollups;
        this.properties = properties;
    }

    /**
     * @param freshAsOf    when the stalest pair's figures were computed (null before any refresh)
     * @param pendingPairs pairs changed since, not yet counted in (refreshed by the recurring task)
     */
    public record Dashboard(Program program, Instant freshAsOf, int pendingPairs, ProgramFigures figures, List<ProgramFigures.Group> byTeam,
                            List<ProgramFigures.Group> byRole, List<ProgramFigures.Group> bySeniority) {
    }

    public Dashboard dashboard(Actor actor, ProgramId id) {
        Program program = programs.get(actor, id);
        rollups.refreshDirtyOf(actor.organizationId(), program.id(), properties.refreshOnRead());
        // the database adds the pairs up, for the program and per team, role and seniority: a few dozen rows
        Added added = rollups.added(actor.organizationId(), program.id());
        Sums total = added.total();
        int threshold = program.surveyThreshold();
        return new Dashboard(program, total.refreshedAt(), total.dirty(), ProgramFigures.total(total, threshold),
                ProgramFigures.breakdown(added.byTeam(), threshold), ProgramFigures.breakdown(added.byRole(), threshold),
                ProgramFigures.breakdown(added.bySeniority(), threshold));
    }
}
