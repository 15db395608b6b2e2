package org.tandem.insight;

import java.util.List;
import java.util.Locale;
import org.tandem.insight.ProgramDashboards.Dashboard;

/** The dashboard as CSV: the program, then each group of each breakdown. Hidden figures are empty cells, marked hidden. */
public final class DashboardCsv {

    static final String HEADER = "breakdown,group,pairs,review,adjustment,celebration,cadenceAdherence,goalAttainmentRate,"
            + "clarity,usefulness,support,ratingsSuppressed,autonomySlope,autonomySuppressed,skillRetention,openRisks,highRisks";

    private DashboardCsv() {
    }

    static String of(Dashboard d) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        line(out, "program", d.program().name(), d.figures());
        groups(out, "team", d.byTeam());
        groups(out, "role", d.byRole());
        groups(out, "seniority", d.bySeniority());
        return out.toString();
    }

    private static void groups(StringBuilder out, String breakdown, List<ProgramFigures.Group> groups) {
        groups.forEach(g -> line(out, breakdown, g.name(), g.figures()));
    }

    private static void line(StringBuilder out, String breakdown, String group, ProgramFigures f) {
        out.append(String.join(",", breakdown, cell(group), String.valueOf(f.pairs()), num(f.balance().review()), num(f.balance().adjustment()),
                num(f.balance().celebration()), num(f.cadenceAdherence()), num(f.goalAttainmentRate()), num(f.ratings().clarity()),
                num(f.ratings().usefulness()), num(f.ratings().support()), String.valueOf(f.ratings().suppressed()),
                num(f.autonomyTrend().averageSlope()), String.valueOf(f.autonomyTrend().suppressed()), num(f.skillRetention().rate()),
                String.valueOf(f.risks().open()), String.valueOf(f.risks().high()))).append("\r\n");
    }

    private static String num(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Quotes text cells, and defuses leading characters a spreadsheet would run as a formula. */
    public static String cell(String text) {
        String safe = text;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
