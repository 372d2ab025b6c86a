package org.masthead.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestArticles;
import org.masthead.TestComments;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Live notices as a browser's EventSource receives them: each approved comment once, in order, with its
 * place as the event id; a reconnection with Last-Event-ID gets exactly what it missed. On PostgreSQL
 * the news travels through LISTEN/NOTIFY.
 */
@DatabaseTest
class LiveNotices_StreamTest {

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    /** An event as it arrived: its id and its data. */
    record Event(String id, String name, String data) {
    }

    /** Reads a stream of events in the background, into a queue. */
    private BlockingQueue<Event> listen(String path, String lastEventId, List<AutoCloseable> open) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        // The stream itself, not the reader: closing a reader waits for the thread reading it.
        open.add(response.body());
        Thread thread = new Thread(() -> {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new Event(id, name, data.toString()));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    }
                    else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    }
                    else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    }
                    else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            }
            catch (java.io.IOException closed) {
                // the test is over
            }
        });
        thread.setDaemon(true);
        thread.start();
        return events;
    }

    @Test
    void anOpenPage_hearsOfEachNewComment_andResumesFromTheLastItSaw() throws Exception {
        ArticleRef article = articles.publish(TestArticles.story("Live " + UUID.randomUUID().toString().substring(0, 8)));
        List<AutoCloseable> open = new ArrayList<>();
        try {
            BlockingQueue<Event> events = listen(article.path() + "/comments/live?after=0", null, open);
            Session guest = new Session(port);
            long first = TestComments.byGuest(guest, article, "Ада", "Первый!");
            long second = TestComments.byGuest(guest, article, "Bea", "Second, in reply.", "parentId", Long.toString(first));

            Event one = events.poll(20, TimeUnit.SECONDS);
            Event two = events.poll(20, TimeUnit.SECONDS);
            assertThat(one).isNotNull();
            assertThat(two).isNotNull();
            assertThat(one.name()).isEqualTo("comment");
            assertThat(one.data()).contains("\"id\":" + first, "comment-" + first, "Первый!");
            assertThat(two.data()).contains("\"id\":" + second, "\"parent\":" + first);
            assertThat(Long.parseLong(two.id())).isGreaterThan(Long.parseLong(one.id()));
            assertThat(events.poll(500, TimeUnit.MILLISECONDS)).as("each once").isNull();

            // Back after a lost connection, with the last id seen: only what came since.
            long third = TestComments.byGuest(guest, article, "Cleo", "Third.");
            BlockingQueue<Event> resumed = listen(article.path() + "/comments/live", two.id(), open);
            Event missed = resumed.poll(20, TimeUnit.SECONDS);
            assertThat(missed).isNotNull();
            assertThat(missed.data()).contains("\"id\":" + third);
            assertThat(resumed.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
        finally {
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    /**
     * A reader who closes the page leaves a stream the server finds closed at its next write: that is
     * the end of a visit, not a fault, and must not fill the newsroom's log with errors.
     */
    @Test
    void aReaderWhoClosesThePage_endsTheStreamWithoutAnError() throws Exception {
        Logger errorPages = (Logger) LoggerFactory.getLogger("org.masthead.site.ErrorPages");
        // Server threads log while the test reads: a list that may be read as it grows.
        List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
        AppenderBase<ILoggingEvent> logged = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                events.add(event);
            }
        };
        logged.start();
        Level level = errorPages.getLevel();
        errorPages.setLevel(Level.DEBUG);
        errorPages.addAppender(logged);
        List<AutoCloseable> open = new ArrayList<>();
        try {
            ArticleRef article = articles.publish(TestArticles.story("Closed " + UUID.randomUUID().toString().substring(0, 8)));
            BlockingQueue<Event> notices = listen(article.path() + "/comments/live?after=0", null, open);
            Session guest = new Session(port);
            TestComments.byGuest(guest, article, "Δήμητρα", "Πρώτο σχόλιο.");
            assertThat(notices.poll(20, TimeUnit.SECONDS)).as("the stream was live").isNotNull();
            for (AutoCloseable c : open) {
                c.close();
            }
            // The network takes a write or two into a closed connection before it says so.
            for (int i = 0; i < 20 && events.stream().noneMatch(e -> e.getLevel() == Level.DEBUG); i++) {
                TestComments.byGuest(new Session(port), article, "Reader " + i, "Still here? " + i);
                Thread.sleep(100);
            }
            assertThat(events).as("the end of the visit was noticed")
                    .anyMatch(e -> e.getLevel() == Level.DEBUG && e.getFormattedMessage().contains("/comments/live"));
            assertThat(events).as("and logged as no failure").noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        }
        finally {
            for (AutoCloseable c : open) {
                c.close();
            }
            errorPages.detachAppender(logged);
            errorPages.setLevel(level);
        }
    }
}
