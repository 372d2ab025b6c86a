package org.masthead;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Network addresses for clients in tests, each used once (see {@link ManyClientsTest}). */
public final class TestClients {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

    private TestClients() {
    }

    /** A client address no other test uses. */
    public static String next() {
        int n = NEXT.incrementAndGet();
        return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }
}
