/**
 * The goal pages (JTE + htmx): the goals of a mentorship, proposing and revising a goal, the page models and form
 * records, and the goal's entries on the home page. The goal page's own controller stays at the feature's top
 * because other features link to it.
 */
package org.tandem.goal.web;
