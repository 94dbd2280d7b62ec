package org.factdesk.source;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;

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
