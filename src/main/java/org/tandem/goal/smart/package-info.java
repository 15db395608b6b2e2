/**
 * The SMART check: five verdicts with reasons for a draft as it is typed and for a goal as it stands (then with
 * the pace its measurements show). Advice only; it never blocks a pair from writing down what they agreed.
 */
package org.tandem.goal.smart;
