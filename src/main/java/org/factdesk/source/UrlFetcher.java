package org.factdesk.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Fetches a source from the web, carefully: http and https only, time limits, a size cap, a
 * redirect limit, a content-type check, and no requests to private, loopback or link-local
 * addresses unless the operator allowlisted them (so a URL cannot make the server probe its own
 * network). Every redirect hop is checked again.
 */
@Component
class UrlFetcher {

    record Fetched(String finalUrl, String contentType, byte[] bytes) {
    }

    private static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "text/markdown", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final SourceSettings settings;
    private final HttpClient http;

    UrlFetcher(SourceSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Fetched fetch(String url) {
        URI uri = parse(url);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            requireAllowedTarget(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = parse(uri.resolve(response.headers().firstValue("Location").get()).toString());
                continue;
            }
            if (status >= 400) {
                close(response);
                throw new SourceRejectedException("The server answered " + status + describeStatus(status)
                        + " for " + uri + ". Check the address.");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!ACCEPTED_TYPES.contains(mediaType)) {
                close(response);
                throw new SourceRejectedException("The address returned " + (mediaType.isEmpty() ? "no content type"
                        : mediaType) + ", which is not a document Factdesk reads (web pages, text, PDF, DOCX).");
            }
            return new Fetched(uri.toString(), contentType, readCapped(response));
        }
        throw new SourceRejectedException("The address redirects more than " + settings.maxRedirects()
                + " times. Use the final address instead.");
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new SourceRejectedException("Only http and https addresses can be imported, not \"" + url + "\".");
            }
            if (uri.getHost() == null) {
                throw new SourceRejectedException("\"" + url + "\" has no host name. Paste the full address.");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new SourceRejectedException("\"" + url + "\" is not a valid web address.");
        }
    }

    void requireAllowedTarget(URI uri) {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new SourceRejectedException("The host " + host + " does not exist (DNS lookup failed).");
        }
        if (allowlisted(host, addresses)) {
            return;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new SourceRejectedException("The address " + host + " points into a private network ("
                        + address.getHostAddress() + "), which Factdesk does not fetch. An admin can allow it with "
                        + "factdesk.sources.url-allowlist.");
            }
        }
    }

    private boolean allowlisted(String host, InetAddress[] addresses) {
        for (String entry : settings.urlAllowlist()) {
            String rule = entry.strip().toLowerCase(Locale.ROOT);
            if (rule.equals(host.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (InetAddress address : addresses) {
                if (matchesCidr(address, rule)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second == 18 || second == 19))
                    || first >= 240;
        }
        return (b[0] & 0xFE) == 0xFC; // IPv6 unique local fc00::/7
    }

    static boolean matchesCidr(InetAddress address, String rule) {
        try {
            String[] parts = rule.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] candidate = address.getAddress();
            if (network.length != candidate.length) {
                return false;
            }
            int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (candidate[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        var request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", "Factdesk/0.1 (fact-check workbench)")
                .header("Accept", "text/html, application/xhtml+xml, text/plain, text/markdown, application/pdf, "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, */*;q=0.1")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new SourceRejectedException("No answer from " + uri.getHost() + " within "
                    + settings.readTimeout().toSeconds() + " s. Try again later, or save the page and upload the file.");
        } catch (IOException e) {
            throw new SourceRejectedException("Could not connect to " + uri.getHost() + " (" + e.getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceRejectedException("The download was cancelled.");
        }
    }

    private byte[] readCapped(HttpResponse<InputStream> response) {
        long cap = settings.maxFileSize().toBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > cap) {
            close(response);
            throw tooLarge(declared, cap);
        }
        try (InputStream in = response.body()) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > cap) {
                    throw tooLarge(total, cap);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (HttpTimeoutException e) {
            throw new SourceRejectedException("The download took longer than " + settings.readTimeout().toSeconds()
                    + " s and was stopped.");
        } catch (IOException e) {
            throw new SourceRejectedException("The download broke off (" + e.getMessage() + "). Try again.");
        }
    }

    static SourceRejectedException tooLarge(long size, long cap) {
        return new SourceRejectedException("The file is " + megabytes(size) + "; the limit is " + megabytes(cap)
                + " (factdesk.sources.max-file-size).");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the answer is being discarded anyway
        }
    }

    private static String describeStatus(int status) {
        return switch (status) {
            case 401, 403 -> " (access denied: the page may need a login)";
            case 404 -> " (not found)";
            case 410 -> " (gone)";
            case 429 -> " (too many requests: try again later)";
            default -> status >= 500 ? " (server error)" : "";
        };
    }
}
