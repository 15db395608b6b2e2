/**
 * The lead's pair table: every pair of a program with when it last met and meets next, how well it keeps its rhythm,
 * its balance, and flags that say in words what needs a look — as a page, JSON, CSV, and alerts on the lead's home.
 * Built on the per-pair rollups of the program dashboard, never on what a pair wrote or how the mentee rated
 * (docs/decisions/0085-the-leads-pair-table.md).
 */
package org.tandem.insight.pairs;
