package org.factdesk.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Name resolution for the test JVM: names ending in {@code .scripted.test} answer what a test scripted,
 * one answer per lookup (the last one repeats), as a DNS server rebinding a name would; every other
 * name goes to the system's resolver. Surefire runs with {@code sun.net.inetaddr.ttl=0} so that Java's
 * own cache does not hide the second answer. Only loopback addresses are ever scripted.
 */
public class ScriptedDns extends InetAddressResolverProvider {

    private static final Map<String, Deque<InetAddress>> ANSWERS = new ConcurrentHashMap<>();

    static void script(String name, String... addresses) throws UnknownHostException {
        var answers = new ArrayDeque<InetAddress>();
        for (String address : addresses) {
            InetAddress parsed = InetAddress.getByName(address);
            if (!parsed.isLoopbackAddress()) {
                throw new IllegalArgumentException("tests script loopback addresses only, not " + address);
            }
            answers.add(InetAddress.getByAddress(name, parsed.getAddress()));
        }
        ANSWERS.put(name, answers);
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver system = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (host.endsWith(".scripted.test")) {
                    Deque<InetAddress> answers = ANSWERS.get(host);
                    if (answers == null || answers.isEmpty()) {
                        throw new UnknownHostException(host);
                    }
                    synchronized (answers) {
                        return Stream.of(answers.size() > 1 ? answers.poll() : answers.peek());
                    }
                }
                return system.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] addr) throws UnknownHostException {
                return system.lookupByAddress(addr);
            }
        };
    }

    @Override
    public String name() {
        return "factdesk-scripted-dns";
    }

    static List<String> scriptedNames() {
        return List.copyOf(ANSWERS.keySet());
    }
}
