/**
 * Events and the timeline: claims that links join as the same fact form an event with a date (or the range where
 * the sources disagree), the sources reporting it and its open conflicts; a claim with a date and no links is an
 * event of its own. Editors merge events and take claims out of them; those decisions win over the links
 * (decision 0019).
 */
@ApplicationModule(displayName = "Timeline")
package org.factdesk.timeline;

import org.springframework.modulith.ApplicationModule;
