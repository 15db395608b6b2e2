/** Feedback entries, the explainable quality check that keeps feedback about behaviour and outcomes, and peer-feedback requests. */
package org.tandem.feedback;
