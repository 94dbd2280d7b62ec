package org.factdesk.base.database;

import java.nio.file.Path;

public class DataDirectoryInUseException extends RuntimeException {

    public DataDirectoryInUseException(Path dataDir) {
        super("Data directory " + dataDir + " is in use by another running Factdesk. Stop that one first, "
                + "or give this one its own directory with --factdesk.data-dir=PATH (or FACTDESK_DATA_DIR).");
    }
}
