/**
 * Programs, the versioned playbooks that shape their check-ins, and the prompt library of growth
 * questions tagged by section and emphasis.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "people"})
package org.tandem.program;
