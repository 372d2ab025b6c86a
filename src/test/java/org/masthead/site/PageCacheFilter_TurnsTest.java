package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.pages.PageTopics;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Pages rendered in turns: buffered and then sent, a stale copy or a 503 when no turn comes. */
class PageCacheFilter_TurnsTest {

    private final RenderingTurns turns = new RenderingTurns(1, Duration.ofMillis(100));
    private final PageCache cache = new PageCache(1_000_000);
    private final PageCacheFilter filter = new PageCacheFilter(cache, new ChromeSlots(List.of()), Duration.ofSeconds(60),
            Set.of(), List.of(), turns);
    private final AtomicInteger rendered = new AtomicInteger();
    private HeldTurn held;

    /** A page of the article, rendered as the application would: its topic attached, its words written. */
    private final HttpServlet page = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            rendered.incrementAndGet();
            PageTopics.attach(request, PageTopics.article(1));
            response.setContentType("text/html;charset=UTF-8");
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(("<p>version " + rendered.get() + "</p>").getBytes(StandardCharsets.UTF_8));
            }
        }
    };

    private MockHttpServletResponse get(String method, boolean signedIn) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/articles/one");
        if (signedIn) {
            request.setCookies(new Cookie("JSESSIONID", "a-session"));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(page));
        return response;
    }

    /** Takes the only turn and keeps it until the test ends. */
    private void holdTheOnlyTurn() throws InterruptedException {
        held = new HeldTurn(turns);
    }

    @AfterEach
    void letGo() throws InterruptedException {
        if (held != null) {
            held.close();
        }
    }

    @Test
    void aReadersOwnPage_isRenderedInItsTurn_andSentWholeAfterIt() throws Exception {
        MockHttpServletResponse response = get("GET", true);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("<p>version 1</p>");
        assertThat(response.getHeader("Cache-Control")).isEqualTo(PageCacheFilter.PRIVATE);

        MockHttpServletResponse head = get("HEAD", true);
        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentAsByteArray()).isEmpty();
    }

    @Test
    void noTurnWithinTheWait_isA503WithRetryAfter_andNothingRendered() throws Exception {
        holdTheOnlyTurn();
        MockHttpServletResponse response = get("GET", true);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(ErrorPages.RETRY_AFTER_SECONDS));
        assertThat(rendered.get()).isZero();
    }

    @Test
    void aStalePageWithoutATurnToRefreshIt_isServedAsItWas() throws Exception {
        assertThat(get("GET", false).getContentAsString()).isEqualTo("<p>version 1</p>");
        cache.markStale(Set.of(PageTopics.article(1)));
        holdTheOnlyTurn();

        MockHttpServletResponse response = get("GET", false);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Page-Cache")).isEqualTo("STALE");
        assertThat(response.getContentAsString()).isEqualTo("<p>version 1</p>");
        assertThat(rendered.get()).isEqualTo(1);

        // Once a turn is free, the next reader gets it rendered again.
        held.close();
        assertThat(get("GET", false).getContentAsString()).isEqualTo("<p>version 2</p>");
    }
}
