/**
 * Background work: bulk imports and whatever else takes longer than a request, run by db-scheduler on PostgreSQL
 * so that any instance picks up what another left (decision 0017). A job is a list of items; each item's work and
 * its result are written in one transaction, so every item is done exactly once, also across a crash.
 */
@ApplicationModule(displayName = "Jobs")
package org.factdesk.job;

import org.springframework.modulith.ApplicationModule;
