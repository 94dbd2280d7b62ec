/**
 * Source documents of a project: metadata and immutable, numbered text versions.
 */
@ApplicationModule(displayName = "Sources")
package org.factdesk.source;

import org.springframework.modulith.ApplicationModule;
