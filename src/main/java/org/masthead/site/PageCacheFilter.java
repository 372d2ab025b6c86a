package org.masthead.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.masthead.pages.ChoiceCookie;
import org.masthead.pages.PageTopics;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers' pages from memory, ahead of everything else, and answers conditional
 * requests with 304. A page is kept only when its handler declared it cacheable through
 * {@link PageTopics}, it answered 200 and it set no cookie. Requests that carry a session are
 * never served from here: signed-in people may see pages that differ.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Says whether a page came from memory; for operators and tests, like a CDN's cache-status header. */
    static final String STATUS_HEADER = "X-Page-Cache";

    private static final String HSTS = "Strict-Transport-Security";
    private static final Set<String> NOT_REPEATED = Set.of(HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.DATE, HttpHeaders.SET_COOKIE, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY, HttpHeaders.CONTENT_ENCODING,
            HttpHeaders.EXPIRES, HttpHeaders.PRAGMA, HttpHeaders.CONNECTION, "Keep-Alive", STATUS_HEADER,
            // Depends on the request that filled the entry (only https gets it); written per request instead.
            HSTS);
    /** Files that are served as they are, with caching of their own; buffering them would only cost memory. */
    private static final List<String> FILES = List.of("/media/", "/webjars/", "/css/", "/js/", "/fonts/", "/actuator/");
    static final String PRIVATE = "private, no-cache";
    private static final String VARY_BY_CHOICE = HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.COOKIE;

    /** The same HSTS header the security configuration writes: only on https, which each request says for itself. */
    private final HstsHeaderWriter hsts = new HstsHeaderWriter();

    private final PageCache cache;
    private final ChromeSlots slots;
    /** Cookies other modules give readers that make their pages their own ({@link org.masthead.pages.PersonalCookie}). */
    private final Set<String> personalCookies;
    /** Cookies that choose among a few shared copies of a page ({@link ChoiceCookie}). */
    private final List<ChoiceCookie> choices;
    private final String cacheControl;
    private final RenderingTurns turns;

    PageCacheFilter(PageCache cache, ChromeSlots slots, Duration sharedMaxAge, Set<String> personalCookies,
            List<ChoiceCookie> choices, RenderingTurns turns) {
        this.turns = turns;
        this.choices = List.copyOf(choices);
        this.personalCookies = Set.copyOf(personalCookies);
        this.cache = cache;
        this.slots = slots;
        // Browsers ask again every time (a 304 costs little); shared caches may hold the page briefly. No
        // stale-while-revalidate: browsers honour it too, and a reader who just commented would reload
        // the page without their comment.
        this.cacheControl = "public, max-age=0, s-maxage=" + sharedMaxAge.toSeconds();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isAnonymousRead(request)) {
            // Personal pages must not be kept by any shared cache; a handler may still say otherwise.
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            if (isRead(request)) {
                ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
                if (inTurn(() -> chain.doFilter(request, buffered))) {
                    buffered.copyBodyToResponse();
                }
                else {
                    busy(response);
                }
            }
            else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (request.getQueryString() != null) {
            ReadableRequests.Refusal unreadable = ReadableRequests.refusal(request);
            if (unreadable != null) {
                unreadable.answer(response);
                return;
            }
        }
        String chosen = chosen(request);
        boolean varies = chosen != null;
        String key = varies ? key(request) + chosen : key(request);
        PageCache.Page cached = cache.get(key);
        boolean refreshing = cached != null && cached.isStale() && cached.claimRefresh(System.currentTimeMillis());
        if (cached != null && !refreshing) {
            response.setHeader(STATUS_HEADER, cached.isStale() ? "STALE" : "HIT");
            cached.headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            hsts.writeHeaders(request, response);
            write(cached, varies, request, response);
            return;
        }
        boolean stored = false;
        try {
            stored = renderAndKeep(key, varies, request, response, chain, cached);
        }
        finally {
            if (refreshing && !stored) {
                cached.releaseRefresh();
            }
        }
    }

    /** Renders the page and keeps it when it may be kept; says whether it was. */
    private boolean renderAndKeep(String key, boolean varies, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain, PageCache.Page stale) throws ServletException, IOException {
        long generation = cache.generation();
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        if (!inTurn(() -> chain.doFilter(request, buffered))) {
            if (stale == null) {
                busy(response);
                return false;
            }
            // Too busy to render it again now: the copy that was to be refreshed is better than nothing.
            response.setHeader(STATUS_HEADER, "STALE");
            stale.headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            hsts.writeHeaders(request, response);
            write(stale, varies, request, response);
            return false;
        }
        Set<String> topics = PageTopics.attached(request);
        if (topics == null || buffered.getStatus() != HttpServletResponse.SC_OK
                || buffered.getHeader(HttpHeaders.SET_COOKIE) != null || buffered.getHeader(HttpHeaders.CACHE_CONTROL) != null
                || buffered.getContentType() == null) {
            if (buffered.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
                buffered.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
            buffered.copyBodyToResponse();
            return false;
        }
        PageCache.Page page = page(buffered, Set.copyOf(topics));
        response.setHeader(STATUS_HEADER, "MISS");
        boolean stored = cache.put(key, page, generation);
        write(page, varies, request, response);
        return stored;
    }

    /** Renders in its turn; false, having rendered nothing, when no turn came within the wait. */
    private boolean inTurn(RenderingTurns.Rendering rendering) throws ServletException, IOException {
        try {
            turns.take(rendering);
            return true;
        }
        catch (RenderingTurns.Busy busy) {
            return false;
        }
    }

    /** Tells the reader to come back in a moment: nothing was rendered. */
    private static void busy(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ErrorPages.RETRY_AFTER_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String path = request.getRequestURI();
        if (accept != null && accept.contains("text/event-stream") || path.endsWith("/live")) {
            // A stream of events is never one page: buffering it would hold it back for good. Streams
            // live at addresses ending in /live, for clients that do not say what they accept.
            return true;
        }
        for (String prefix : FILES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean carriesPersonalCookie(HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null && !personalCookies.isEmpty()) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (personalCookies.contains(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private boolean isAnonymousRead(HttpServletRequest request) {
        if (!isRead(request)) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        return !SessionCookies.present(request) && !carriesPersonalCookie(request);
    }

    /**
     * One key for every spelling of an address: the path as decoded (so {@code %61} and {@code a} are
     * one) and its meaningful parameters in a fixed order. Other spellings of a parameter's value, such
     * as {@code page=02}, are refused by the page ({@link ParameterGuard}), so they are never stored.
     * Unreadable parameters never get here: they are refused first ({@link ReadableRequests}).
     */
    static String key(HttpServletRequest request) {
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.keySet().removeIf(TrackingParameters::isTracking);
        String path = path(request);
        if (parameters.isEmpty()) {
            return path;
        }
        // Names and values escaped again, so that no value can pass for several parameters.
        StringBuilder key = new StringBuilder(path).append('?');
        parameters.forEach((name, values) -> {
            for (String value : values) {
                key.append(escaped(name)).append('=').append(escaped(value)).append('&');
            }
        });
        return key.toString();
    }

    /**
     * The choices that shape this page, as a suffix of its key: null for pages no choice shapes. A
     * page one shapes gets one copy per value, and one for readers who chose nothing (or sent a value
     * that is no choice).
     */
    private String chosen(HttpServletRequest request) {
        if (choices.isEmpty()) {
            return null;
        }
        // The path as the key reads it (decoded, within the application), so that no spelling of an
        // address escapes the choice its page is rendered with.
        String path = path(request);
        StringBuilder suffix = null;
        for (ChoiceCookie choice : choices) {
            if (choice.shapes(path, request)) {
                suffix = suffix == null ? new StringBuilder() : suffix;
                String value = choice.choice(request);
                suffix.append('\u0000').append(choice.name()).append('=').append(value == null ? "" : value);
            }
        }
        return suffix == null ? null : suffix.toString();
    }

    private static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }

    private static String escaped(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static PageCache.Page page(ContentCachingResponseWrapper response, Set<String> topics) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (NOT_REPEATED.stream().noneMatch(name::equalsIgnoreCase)) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return new PageCache.Page(response.getContentAsByteArray(), response.getContentType(), Map.copyOf(headers),
                topics);
    }

    /** @param varies whether a reader's choice shapes the page ({@link #chosen}) */
    private void write(PageCache.Page page, boolean varies, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PageCache.Page.Body body = page.body(slots.rendered());
        response.setHeader(HttpHeaders.ETAG, body.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, body.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, varies ? VARY_BY_CHOICE : HttpHeaders.ACCEPT_ENCODING);
        if (notModified(body, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType);
        byte[] bytes = body.plain();
        if (body.gzipped() != null && acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            bytes = body.gzipped();
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static boolean notModified(PageCache.Page.Body page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String ours = opaque(page.etag());
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || opaque(candidate).equals(ours)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified() <= since;
        }
        catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }

    /** Weak comparison: the gzipped and plain bodies are the same page. */
    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.contains("gzip");
    }
}
