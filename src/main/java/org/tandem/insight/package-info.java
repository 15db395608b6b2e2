/**
 * Insight: read-only figures about whether the rhythm works — a pair's scorecard (balance, cadence, attainment,
 * ratings, autonomy, risks, skill retention) and a program's dashboard built from per-pair rollups, with survey
 * figures hidden below the program's threshold. Reads other features' tables directly as a read model
 * (docs/decisions/0050-insight-read-model.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people", "program", "mentorship", "goal", "checkin", "milestone"})
package org.tandem.insight;
