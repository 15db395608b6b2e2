package org.tandem.insight.pairs;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.mentorship.MentorshipId;
import org.tandem.mentorship.ProgramAlertSource;
import org.tandem.mentorship.ProgramAlerts;
import org.tandem.mentorship.ProgramAlerts.FlaggedPair;
import org.tandem.mentorship.ProgramAlerts.Problem;
import org.tandem.people.Actor;

/** The pair table's flags on a lead's home: per program they lead, the most flagged pairs, each flag linking to its pair. */
@Component
class LeadHomeAlerts implements ProgramAlertSource {

    /** Pairs shown per program on home; the rest are one link away, in the table filtered to flagged pairs. */
    static final int PAIRS_PER_PROGRAM = 10;

    private final PairTable table;

    LeadHomeAlerts(PairTable table) {
        this.table = table;
    }

    @Override
    public List<ProgramAlerts> alertsFor(Actor actor, Instant now) {
        return table.flaggedForLead(actor, now).stream()
                .map(f -> new ProgramAlerts(f.program().name(), PairTableController.path(PairTableController.TABLE, f.program().id().value()),
                        f.rows().size(), f.rows().stream().limit(PAIRS_PER_PROGRAM).map(LeadHomeAlerts::pair).toList()))
                .toList();
    }

    private static FlaggedPair pair(PairRow row) {
        return new FlaggedPair(new MentorshipId(row.mentorshipId()), row.mentor().displayName(), row.mentee().displayName(), row.href(),
                row.flags().stream().map(f -> new Problem(f.kind().label(), f.message())).toList());
    }
}
