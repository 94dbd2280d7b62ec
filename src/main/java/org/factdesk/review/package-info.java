/**
 * Review: each project's rating scale, each claim's verdict and annotation, the workflow rules
 * (who may publish, the four-eyes rule) and the field-level history of every change.
 */
@ApplicationModule(displayName = "Review")
package org.factdesk.review;

import org.springframework.modulith.ApplicationModule;
