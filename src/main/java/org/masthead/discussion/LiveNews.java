package org.masthead.discussion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How news of an approved comment reaches every node's open pages. On SQLite (one node) it is handed
 * over in the process once the approval commits. On PostgreSQL the approval sends a NOTIFY in its own
 * transaction (PostgreSQL delivers it only if that commits), and every node keeps one connection of its
 * own listening on the channel, so readers on any node hear of comments posted on any other.
 */
@Component
class LiveNews implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveNews.class);
    static final String CHANNEL = "masthead_comments";

    private final LiveComments live;
    private final JdbcClient jdbc;
    private final boolean postgres;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;
    private Thread listener;

    LiveNews(LiveComments live, JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
        this.live = live;
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** In the approving transaction: PostgreSQL sends it to every listener when, and only if, it commits. */
    @EventListener
    void during(CommentApproved approved) {
        if (postgres) {
            jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :article)").param("article", Long.toString(approved.articleId()))
                    .query((rs, n) -> 1).list();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void after(CommentApproved approved) {
        if (!postgres) {
            live.approved(approved.articleId());
        }
    }

    @Override
    public void start() {
        running = true;
        if (postgres) {
            listener = new Thread(this::listen, "comment-listener");
            listener.setDaemon(true);
            listener.start();
        }
    }

    private void listen() {
        long wait = 1000;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                wait = 1000;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(5000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            live.approved(Long.parseLong(notification.getParameter()));
                        }
                    }
                }
            }
            catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Listening for new comments failed; trying again in {} ms: {}", wait, e.getMessage());
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
}
