package org.masthead.discussion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers with an article open, told of each newly approved comment as Server-Sent Events. A reader's
 * connection holds no thread (the servlet container keeps it asynchronously), so thousands of them cost
 * sockets, not threads. Each event carries its place in the order of approvals as its id: a browser
 * that lost its connection comes back with the last id it saw, and gets exactly what it missed.
 *
 * <p>Which node hears of an approval depends on the database: with SQLite, there is one node and the
 * news travels in the process; with PostgreSQL, every node listens on a channel (see {@link PostgresLive}).
 */
@Component
class LiveComments implements DisposableBean, org.springframework.context.SmartLifecycle {

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Before the server shuts down: open streams end at once (browsers come back to another node, or
     * later), so that shutting down does not wait for readers who may stay for hours.
     */
    @Override
    public void stop() {
        running = false;
        readers.values().forEach(open -> open.forEach(reader -> {
            try {
                reader.emitter.complete();
            }
            catch (RuntimeException alreadyClosed) {
                // nothing to end
            }
        }));
        readers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first of all, ahead of the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private static final Logger log = LoggerFactory.getLogger(LiveComments.class);
    static final Duration CONNECTION = Duration.ofMinutes(10);
    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    private static final int MOST_MISSED = 200;

    /** One open page: its connection, and the last approval it has been sent. */
    private static final class Reader {

        final SseEmitter emitter;
        volatile long last;

        Reader(SseEmitter emitter, long last) {
            this.emitter = emitter;
            this.last = last;
        }
    }

    private final Map<Long, List<Reader>> readers = new ConcurrentHashMap<>();
    /** Recent comments as sent: a thousand open pages cost one rendering, not a thousand. */
    private final Cache<String, String> rendered = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    private final CommentRepository comments;
    private final Threads threads;
    private final Publishing publishing;
    private final TemplateEngine templates;
    private final JsonMapper json;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, daemon("live-comments"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));

    LiveComments(CommentRepository comments, Threads threads, Publishing publishing, TemplateEngine templates,
            JsonMapper json) {
        this.comments = comments;
        this.threads = threads;
        this.publishing = publishing;
        this.templates = templates;
        this.json = json;
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens a reader's stream, first sending what was approved after {@code after}. */
    SseEmitter open(ArticleRef article, long after) {
        SseEmitter emitter = new SseEmitter(CONNECTION.toMillis());
        Reader reader = new Reader(emitter, after);
        List<Reader> open = readers.computeIfAbsent(article.id(), id -> new CopyOnWriteArrayList<>());
        open.add(reader);
        Runnable close = () -> open.remove(reader);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        senders.execute(() -> {
            // Ask the browser to come back after 3 s if the connection drops, then catch it up.
            send(reader, SseEmitter.event().reconnectTime(3000).comment("open"));
            catchUp(article, reader);
        });
        return emitter;
    }

    /** An approval, heard by this node: every open page of the article gets what it has not had. */
    void approved(long articleId) {
        List<Reader> open = readers.get(articleId);
        if (open == null || open.isEmpty()) {
            return;
        }
        ArticleRef article = publishing.article(articleId).orElse(null);
        if (article == null) {
            return;
        }
        senders.execute(() -> open.forEach(reader -> catchUp(article, reader)));
    }

    /** News may have been missed (the node lost its channel for a while): every open page is caught up. */
    void mayHaveMissed() {
        readers.keySet().forEach(this::approved);
    }

    int open(long articleId) {
        List<Reader> open = readers.get(articleId);
        return open == null ? 0 : open.size();
    }

    private void catchUp(ArticleRef article, Reader reader) {
        // One sender at a time per reader, so that events leave in order and none twice.
        synchronized (reader) {
            catchUpNow(article, reader);
        }
    }

    private void catchUpNow(ArticleRef article, Reader reader) {
        List<StoredComment> missed;
        do {
            missed = comments.approvedSince(article.id(), reader.last, MOST_MISSED);
            for (StoredComment comment : missed) {
                if (!send(reader, SseEmitter.event().id(Long.toString(comment.approvedSeq())).name("comment")
                        .data(event(article, comment), MediaType.APPLICATION_JSON))) {
                    return;
                }
                reader.last = comment.approvedSeq();
            }
        } while (missed.size() == MOST_MISSED);
    }

    /** The event for a comment, rendered once for every reader who gets it. */
    private String event(ArticleRef article, StoredComment comment) {
        // Keyed by the edit too: words changed since are sent as they stand now.
        return rendered.get(comment.id() + ":" + comment.editedAt(), key -> {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("id", comment.id());
            data.put("parent", comment.parentId());
            data.put("thread", comment.threadId());
            data.put("html", render(article, comment));
            return json.writeValueAsString(data);
        });
    }

    private String render(ArticleRef article, StoredComment comment) {
        StringOutput output = new StringOutput();
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("comment", threads.single(article, comment, Viewer.anonymous()));
        // Shared by every reader of the page, so it carries no one's form token (htmx sends it from the page).
        model.put("token", null);
        templates.render("discussion/comment-part.jte", model, output);
        return output.toString();
    }

    private boolean send(Reader reader, SseEmitter.SseEventBuilder event) {
        try {
            reader.emitter.send(event);
            return true;
        }
        catch (IOException | IllegalStateException gone) {
            reader.emitter.completeWithError(gone);
            return false;
        }
    }

    private void beat() {
        readers.values().forEach(open -> open.forEach(reader -> senders.execute(
                () -> send(reader, SseEmitter.event().comment("still here")))));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        senders.shutdownNow();
        readers.values().forEach(open -> open.forEach(reader -> {
            try {
                reader.emitter.complete();
            }
            catch (RuntimeException ignored) {
                // already closed
            }
        }));
    }
}
