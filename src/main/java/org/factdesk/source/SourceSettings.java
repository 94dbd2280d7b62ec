package org.factdesk.source;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits for imports, under {@code factdesk.sources.*}.
 *
 * @param maxFileSize largest file or download accepted
 * @param connectTimeout how long a URL fetch waits for a connection
 * @param readTimeout how long a URL fetch waits for the whole answer
 * @param maxRedirects how many redirects a URL fetch follows
 * @param urlAllowlist host names, IP addresses or CIDR ranges that may be fetched even though they are
 *                     private, loopback or link-local (by default all such addresses are refused)
 * @param maxTextSize most text one file may yield once extracted (a Word file can hold far more than it weighs)
 */
@ConfigurationProperties("factdesk.sources")
public record SourceSettings(DataSize maxFileSize, Duration connectTimeout, Duration readTimeout, Integer maxRedirects,
                             List<String> urlAllowlist, DataSize maxTextSize) {

    public SourceSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        maxRedirects = maxRedirects == null ? 5 : maxRedirects;
        urlAllowlist = urlAllowlist == null ? List.of() : List.copyOf(urlAllowlist);
        maxTextSize = maxTextSize == null ? DataSize.ofMegabytes(20) : maxTextSize;
    }

    public static SourceSettings defaults() {
        return new SourceSettings(null, null, null, null, null, null);
    }
}
