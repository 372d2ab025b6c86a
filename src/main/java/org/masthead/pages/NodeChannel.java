package org.masthead.pages;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL channel that every node of the application listens on, for what each node keeps in
 * memory and must hear of when another node changes it (cached pages, readers waiting for new
 * comments). A message sent inside a transaction is delivered when, and only if, it commits.
 * Each listening node holds one connection of its own, outside the pool, and reconnects after a
 * failure, waiting longer each time up to half a minute. Its owner declares it as a bean, so that it
 * listens while the application runs.
 */
public final class NodeChannel implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NodeChannel.class);
    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final String name;
    private final String url;
    private final String user;
    private final String password;
    /** PostgreSQL refuses a message of 8,000 bytes or more. */
    public static final int LONGEST_MESSAGE_BYTES = 7_900;
    /** How often a quiet connection is tried, so that one that died without a word is noticed. */
    private static final int POLLS_BETWEEN_CHECKS = 6;

    private final Consumer<String> receiver;
    private final Runnable listening;
    private volatile boolean running;
    private volatile Thread listener;

    /**
     * @param receiver called on the listening thread with each message, this node's own included
     * @param listening called each time the node (again) listens: messages sent while it did not were
     *     lost to it, so whatever it keeps in memory may be out of date
     */
    public NodeChannel(String name, String url, String user, String password, Consumer<String> receiver,
            Runnable listening) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A channel is named in lower-case letters and underscores: " + name);
        }
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.receiver = receiver;
        this.listening = listening;
    }

    /** Whether the application runs on PostgreSQL, the only database here that can have several nodes. */
    public static boolean available(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Sends a message (at most {@link #LONGEST_MESSAGE_BYTES}) in the current transaction, if there is one. */
    public void send(JdbcClient jdbc, String message) {
        if (message.getBytes(StandardCharsets.UTF_8).length > LONGEST_MESSAGE_BYTES) {
            throw new IllegalArgumentException("A message on " + name + " is too long to send");
        }
        jdbc.sql("SELECT pg_notify(:channel, :message)").param("channel", name).param("message", message)
                .query((rs, n) -> 1).list();
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::listen, name + "-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this thread is still the channel's listener: a stop, then a start, makes a new one. */
    private boolean listens() {
        return running && listener == Thread.currentThread();
    }

    private void listen() {
        long wait = 1000;
        while (listens()) {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("tcpKeepAlive", "true");
            try (Connection connection = DriverManager.getConnection(url, properties);
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + name);
                PGConnection pg = connection.unwrap(PGConnection.class);
                wait = 1000;
                listening.run();
                for (int polls = 1; listens(); polls++) {
                    PGNotification[] notifications = pg.getNotifications(5000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                    if (polls % POLLS_BETWEEN_CHECKS == 0) {
                        statement.execute("SELECT 1");
                    }
                }
            }
            catch (SQLException | RuntimeException e) {
                if (!listens()) {
                    return;
                }
                log.warn("Listening on {} failed; trying again in {} ms: {}", name, wait, e.getMessage());
                try {
                    Thread.sleep(wait);
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(wait * 2, 30_000);
            }
        }
    }

    private void receive(String message) {
        try {
            receiver.accept(message);
        }
        catch (RuntimeException e) {
            // One message that cannot be handled must not cost the connection and what arrives next.
            log.warn("A message on {} could not be handled: {}", name, e.getMessage());
        }
    }
}
