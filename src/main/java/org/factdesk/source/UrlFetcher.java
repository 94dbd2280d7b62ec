package org.factdesk.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * Fetches a source from the web, carefully: http and https only, time limits, a size cap, a
 * redirect limit, a content-type check, and no requests to private, loopback, link-local or other
 * special-purpose addresses unless the operator allowlisted them (so a URL cannot make the server
 * probe its own network). Every redirect hop is checked again.
 * <p>
 * Each host is resolved once per hop, those addresses are checked, and the connection goes to
 * exactly those addresses (the HTTP client's resolver only hands out what was checked): a name that
 * answers a public address for the check and an internal one for the connection (DNS rebinding) gets
 * nowhere. {@code read-timeout} bounds the whole fetch, redirects and body included, so a server
 * trickling a byte at a time cannot hold an import thread.
 */
@Component
class UrlFetcher {

    record Fetched(String finalUrl, String contentType, byte[] bytes) {
    }

    private static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "text/markdown", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** Cancels fetches that run out of time; one small daemon thread for all of them. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "factdesk-url-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final SourceSettings settings;
    private final UrlAllowlist allowlist;

    UrlFetcher(SourceSettings settings) {
        this.settings = settings;
        this.allowlist = UrlAllowlist.parse(settings.urlAllowlist());
    }

    Fetched fetch(String url) {
        URI uri = parse(url);
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        // The addresses each host was checked with; the client may connect to nothing else.
        Map<String, InetAddress[]> checked = new ConcurrentHashMap<>();
        try (CloseableHttpClient http = client(checked)) {
            for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
                InetAddress[] addresses = requireAllowedTarget(uri);
                checked.put(bare(uri.getHost()), addresses);
                var request = new HttpGet(uri);
                request.setHeader("User-Agent", "Factdesk/0.1 (fact-check workbench)");
                request.setHeader("Accept", "text/html, application/xhtml+xml, text/plain, text/markdown, application/pdf, "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, */*;q=0.1");
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw tooSlow(uri);
                }
                ScheduledFuture<?> timer = DEADLINES.schedule(request::cancel, remaining, TimeUnit.NANOSECONDS);
                try {
                    Fetched fetched = exchange(http, request, uri, deadline);
                    if (fetched.finalUrl() == null) {
                        uri = parse(uri.resolve(fetched.contentType()).toString());
                        continue;
                    }
                    return fetched;
                } catch (IOException e) {
                    if (request.isCancelled() || System.nanoTime() - deadline >= 0) {
                        throw tooSlow(uri);
                    }
                    if (e instanceof ConnectTimeoutException) {
                        throw new SourceRejectedException("Could not connect to " + uri.getHost() + " within "
                                + settings.connectTimeout().toSeconds() + " s. Check the address, or try again later.");
                    }
                    if (e instanceof InterruptedIOException) {
                        throw new SourceRejectedException("No answer from " + uri.getHost() + " within "
                                + settings.readTimeout().toSeconds() + " s. Try again later, or save the page and upload the file.");
                    }
                    throw new SourceRejectedException("Could not connect to " + uri.getHost() + " (" + e.getMessage() + ").");
                } finally {
                    timer.cancel(false);
                }
            }
        } catch (IOException closing) {
            // closing the client after the answer was read: nothing left to report
        }
        throw new SourceRejectedException("The address redirects more than " + settings.maxRedirects()
                + " times. Use the final address instead.");
    }

    /** One answer: a redirect comes back as a {@link Fetched} without a URL, its location in place of the type. */
    private Fetched exchange(CloseableHttpClient http, HttpGet request, URI uri, long deadline) throws IOException {
        try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
            int status = response.getCode();
            Header location = response.getFirstHeader("Location");
            if (status >= 300 && status < 400 && location != null) {
                return new Fetched(null, location.getValue(), null);
            }
            if (status >= 400) {
                throw new SourceRejectedException("The server answered " + status + describeStatus(status)
                        + " for " + uri + ". Check the address.");
            }
            Header typeHeader = response.getFirstHeader("Content-Type");
            String contentType = typeHeader == null ? "" : typeHeader.getValue();
            String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!ACCEPTED_TYPES.contains(mediaType)) {
                throw new SourceRejectedException("The address returned " + (mediaType.isEmpty() ? "no content type"
                        : mediaType) + ", which is not a document Factdesk reads (web pages, text, PDF, DOCX).");
            }
            return new Fetched(uri.toString(), contentType, readCapped(response.getEntity(), uri, deadline));
        }
    }

    private CloseableHttpClient client(Map<String, InetAddress[]> checked) {
        DnsResolver onlyChecked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = checked.get(bare(host));
                if (addresses == null) {
                    throw new UnknownHostException(host + " was not checked before connecting");
                }
                return addresses.clone();
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        Timeout read = Timeout.of(settings.readTimeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(onlyChecked)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(read)
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .build();
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

    /** Resolves the host once and returns the addresses that may be connected to, or refuses. */
    InetAddress[] requireAllowedTarget(URI uri) {
        String host = bare(uri.getHost());
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new SourceRejectedException("The host " + host + " does not exist (DNS lookup failed).");
        }
        if (allowlist.allowsName(host, port)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && !allowlist.allowsAddress(address, port)) {
                throw new SourceRejectedException("The address " + host + " points into a private network or "
                        + "another special-purpose range (" + address.getHostAddress() + "), which Factdesk does not "
                        + "fetch. An admin can allow it with factdesk.sources.url-allowlist.");
            }
        }
        return addresses;
    }

    /** {@code [::1]} as URIs write it, {@code ::1} as resolvers take it. */
    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** True for every address in an IANA special-purpose registry (RFC 6890 and successors): not the public internet. */
    static boolean isInternal(InetAddress address) {
        return SpecialPurposeAddresses.contains(address);
    }

    static boolean matchesCidr(InetAddress address, String rule) {
        try {
            return Cidr.parse(rule).contains(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] readCapped(HttpEntity entity, URI uri, long deadline) throws IOException {
        long cap = settings.maxFileSize().toBytes();
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > cap) {
            throw tooLarge(declared, cap);
        }
        try (InputStream in = entity.getContent()) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (System.nanoTime() - deadline >= 0) {
                    throw tooSlow(uri);
                }
                total += n;
                if (total > cap) {
                    throw tooLarge(total, cap);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private SourceRejectedException tooSlow(URI uri) {
        return new SourceRejectedException("No complete answer from " + uri.getHost() + " within "
                + settings.readTimeout().toSeconds() + " s, so the download was stopped. Try again later, or save "
                + "the page and upload the file.");
    }

    static SourceRejectedException tooLarge(long size, long cap) {
        return new SourceRejectedException("The file is " + megabytes(size) + "; the limit is " + megabytes(cap)
                + " (factdesk.sources.max-file-size).");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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
