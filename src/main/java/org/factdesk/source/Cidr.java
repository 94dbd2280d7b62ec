package org.factdesk.source;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address range, {@code 10.0.0.0/8} or {@code 2001:db8::/32}; a bare address is a range of one. */
record Cidr(byte[] network, int bits) {

    static Cidr parse(String rule) {
        String[] parts = rule.strip().split("/", 2);
        String literal = UrlFetcher.bare(parts[0]);
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
