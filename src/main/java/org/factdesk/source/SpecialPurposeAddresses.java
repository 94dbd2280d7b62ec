package org.factdesk.source;

import java.net.InetAddress;
import java.util.List;

/** The special-purpose registries of IANA, IPv4 and IPv6; everything else is the public internet. */
final class SpecialPurposeAddresses {

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
