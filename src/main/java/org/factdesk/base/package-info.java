/**
 * Shared kernel: configuration, the database (embedded or external), the audit log, error types
 * and small UI building blocks that every feature module uses. It depends on no feature module.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package org.factdesk.base;

import org.springframework.modulith.ApplicationModule;
