/**
 * Reports and exports: annotated HTML and PDF reports, CSV, JSON, Markdown, schema.org ClaimReview and
 * W3C Web Annotation, the project dashboard, and whole-project backup and restore.
 * <p>
 * Reports read through one read-only repository that joins the tables of sources, claims and reviews:
 * a report of ten thousand claims is a handful of set-based queries, not ten thousand service calls.
 * Access is checked through {@link org.factdesk.team.ProjectAccess} before anything is read.
 */
@ApplicationModule(displayName = "Reports")
package org.factdesk.report;

import org.springframework.modulith.ApplicationModule;
