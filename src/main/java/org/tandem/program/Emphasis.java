package org.tandem.program;

/** What a cycle of check-ins leans toward; prompts are tagged with it. */
public enum Emphasis {
    TECHNICAL_SKILL, STRATEGIC_INFLUENCE, CROSS_FUNCTIONAL, LEADERSHIP, GENERAL
}
