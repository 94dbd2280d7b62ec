package org.factdesk.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The container's request limits, so that a 413 can say which one was hit. */
@Component
public class ApiLimits {

    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;
    private final int maxParts;
    private final DataSize maxPartHeaderSize;

    ApiLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
              @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize,
              @Value("${server.tomcat.max-part-count:50}") int maxParts,
              @Value("${server.tomcat.max-part-header-size:512B}") DataSize maxPartHeaderSize) {
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
        this.maxParts = maxParts;
        this.maxPartHeaderSize = maxPartHeaderSize;
    }

    public String maxFileSize() {
        return maxFileSize.toMegabytes() + " MB";
    }

    public String maxRequestSize() {
        return maxRequestSize.toMegabytes() + " MB";
    }

    public int maxParts() {
        return maxParts;
    }

    public long maxPartHeaderBytes() {
        return maxPartHeaderSize.toBytes();
    }
}
