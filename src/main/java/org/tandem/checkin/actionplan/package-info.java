/**
 * What a check-in plans and carries forward: action items (task, owner, due date, resources, the goal they should
 * move), the risks ahead, how either is closed ({@code Closure}), and the recap that carries unfinished ones to the
 * next check-in ({@code CarryOver}: nothing is dropped silently). Also the effort the goal feature reads
 * ({@code ActionItemEffort}) and the endpoints that plan, change and close them.
 */
package org.tandem.checkin.actionplan;
