/**
 * Cross-source links: for every claim, the claims of other documents in its project that speak of the same fact,
 * ranked, with the reasons they were found and, where they disagree, what differs (decision 0018). Factdesk
 * suggests; editors confirm or reject, and every change is an append-only revision.
 */
@ApplicationModule(displayName = "Links")
package org.factdesk.link;

import org.springframework.modulith.ApplicationModule;
