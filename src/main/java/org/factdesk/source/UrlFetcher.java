package org.factdesk.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import java.util.List;
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
    private static String bare(String host) {
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

    /** An address range, {@code 10.0.0.0/8} or {@code 2001:db8::/32}; a bare address is a range of one. */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String rule) {
            String[] parts = rule.strip().split("/", 2);
            String literal = bare(parts[0]);
            if (!literal.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
                throw new IllegalArgumentException("not an address: " + rule);
            }
            try {
                byte[] network = InetAddress.getByName(literal).getAddress();
                int bits = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : network.length * 8;
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("prefix out of range: " + rule);
                }
                return new Cidr(network, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not an address range: " + rule, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (candidate[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The special-purpose registries of IANA, IPv4 and IPv6; everything else is the public internet. */
    static final class SpecialPurposeAddresses {

        private static final List<Cidr> RANGES = List.of(
                "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24", "192.88.99.0/24",
                "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
                "224.0.0.0/4", "240.0.0.0/4",
                // IPv6 (an IPv4-mapped ::ffff:a.b.c.d is an Inet4Address in Java, so the ranges above cover it):
                // unspecified, loopback and IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96 and
                // the local-use 64:ff9b:1::/48), discard, IETF protocol assignments (Teredo and more),
                // documentation, 6to4, ORCHID, segment routing, unique local, site-local, link-local, multicast
                "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
                "2002::/16", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
                .stream().map(Cidr::parse).toList();

        private SpecialPurposeAddresses() {
        }

        static boolean contains(InetAddress address) {
            if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress()) {
                return true;
            }
            byte[] b = address.getAddress();
            // Outside 2000::/3 nothing is assigned as global unicast: refuse rather than list every gap.
            if (b.length == 16 && (b[0] & 0xE0) != 0x20) {
                return true;
            }
            for (Cidr range : RANGES) {
                if (range.contains(address)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code factdesk.sources.url-allowlist}: each entry allows exactly what it names. A host name
     * ({@code intranet.example.org}, or {@code intranet.example.org:8443} for one port) allows that name,
     * wherever it points, and never the addresses it happens to resolve to under another name. An
     * address or CIDR range ({@code 10.20.0.0/16}, {@code 127.0.0.1:8080}, {@code [fd00::5]:443}) allows
     * those addresses (on that port, if given), whatever name leads there.
     */
    record UrlAllowlist(List<NameRule> names, List<AddressRule> addresses) {

        record NameRule(String host, int port) {
        }

        record AddressRule(Cidr range, int port) {
        }

        static UrlAllowlist parse(List<String> entries) {
            var names = new java.util.ArrayList<NameRule>();
            var addresses = new java.util.ArrayList<AddressRule>();
            for (String raw : entries) {
                String entry = raw.strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty()) {
                    continue;
                }
                int port = -1;
                String target = entry;
                if (entry.startsWith("[")) {
                    int close = entry.indexOf(']');
                    target = entry.substring(0, close + 1);
                    String rest = entry.substring(close + 1);
                    if (rest.startsWith(":")) {
                        port = port(rest.substring(1), raw);
                    } else if (rest.startsWith("/")) {
                        target = target + rest;
                    }
                } else if (entry.indexOf(':') == entry.lastIndexOf(':') && entry.contains(":")) {
                    // one colon: host:port or a.b.c.d:port (an IPv6 address has several)
                    target = entry.substring(0, entry.indexOf(':'));
                    port = port(entry.substring(entry.indexOf(':') + 1), raw);
                }
                try {
                    addresses.add(new AddressRule(Cidr.parse(target), port));
                } catch (IllegalArgumentException notAnAddress) {
                    if (!target.matches("[a-z0-9.-]+")) {
                        throw new IllegalArgumentException("factdesk.sources.url-allowlist: \"" + raw + "\" is neither "
                                + "a host name, an address nor a CIDR range (write intranet.example.org, "
                                + "intranet.example.org:8443, 10.20.0.0/16 or 127.0.0.1:8080)");
                    }
                    names.add(new NameRule(target, port));
                }
            }
            return new UrlAllowlist(List.copyOf(names), List.copyOf(addresses));
        }

        private static int port(String text, String raw) {
            try {
                int port = Integer.parseInt(text.strip());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("factdesk.sources.url-allowlist: \"" + raw + "\" has no valid port");
            }
        }

        boolean allowsName(String host, int port) {
            String name = host.toLowerCase(Locale.ROOT);
            return names.stream().anyMatch(rule -> rule.host().equals(name) && (rule.port() < 0 || rule.port() == port));
        }

        boolean allowsAddress(InetAddress address, int port) {
            return addresses.stream().anyMatch(rule -> rule.range().contains(address)
                    && (rule.port() < 0 || rule.port() == port));
        }
    }

}
