package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application maps, found from Spring's own handler mappings (so a new route is
 * covered without touching this test), is sent what careless clients and attackers send: broken
 * queries and escapes, bodies that are not UTF-8, too many fields, uploads without a boundary or cut
 * short, file names with control characters, every parameter it reads set to nonsense, and methods
 * it does not take — as a stranger, a reader and the owner. No answer may be a server error or show
 * a stack trace. It runs in an application of its own, since what it sends may change things.
 */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=fuzz")
class EveryRoute_FuzzTest {

    private static final List<String> PATH_VALUES = List.of("0", "-1", "999999", "99999999999999999999", "x",
            "%E2%80%AE%D0%B6", "%00", "..%2F..");
    private static final List<Map<String, String>> NONSENSE = List.of(
            Map.of("", ""),
            Map.of("", "-1"),
            Map.of("", "999999"),
            Map.of("", "99999999999999999999"),
            Map.of("", "+300000000-01-01T00:00"),
            Map.of("", "Жур\u202Eнал 記者 ελ عربي"),
            Map.of("", "0x2"),
            Map.of("", "x".repeat(70_000)));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    /** A route as mapped: a path pattern, its methods, and the parameters its handler reads. */
    private record Route(String pattern, Set<String> methods, Set<String> parameters, Set<String> files) {
    }

    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> answers = new ConcurrentSkipListMap<>();
    private final AtomicInteger sent = new AtomicInteger();

    @Test
    void noRouteAnswersAServerErrorOrAStackTrace_whateverItIsSent() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("routes found in the handler mappings").hasSizeGreaterThan(30);

        Member reader = TestAccounts.with(accounts, Role.READER);
        Member owner = TestAccounts.with(accounts, Role.OWNER);
        Map<String, Session> people = new TreeMap<>();
        people.put("anonymous", new Session(port));
        people.put("reader", signedIn(reader));
        people.put("owner", signedIn(owner));

        // The three at once, as a site's visitors come (and on both cores), each in order on a thread of their own.
        ExecutorService threads = Executors.newFixedThreadPool(people.size());
        try {
            List<Callable<Void>> everyone = people.entrySet().stream().map(person -> (Callable<Void>) () -> {
                new Prober(person.getKey(), person.getValue()).everyRoute(routes);
                return null;
            }).toList();
            for (Future<Void> done : threads.invokeAll(everyone)) {
                done.get();
            }
        }
        finally {
            threads.shutdownNow();
        }
        System.out.printf("%n*** %d routes, %d requests, answered %s ***%n%n", routes.size(), sent.get(), answers);
        assertThat(failures).as("requests answered with a server error or a stack trace").isEmpty();
    }

    private Session signedIn(Member member) {
        Session session = new Session(port);
        assertThat(session.signIn(member.email(), TestAccounts.PASSWORD)).isTrue();
        session.get("/account");
        return session;
    }

    private List<Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                Set<String> parameters = new LinkedHashSet<>();
                Set<String> files = new LinkedHashSet<>();
                for (Parameter parameter : entry.getValue().getMethod().getParameters()) {
                    read(parameter, parameters, files);
                }
                for (String pattern : info.getPatternValues()) {
                    routes.merge(pattern + " " + methods, new Route(pattern, methods, parameters, files), (a, b) -> a);
                }
            }
        }
        return List.copyOf(routes.values());
    }

    private static void read(Parameter parameter, Set<String> parameters, Set<String> files) {
        RequestParam param = parameter.getAnnotation(RequestParam.class);
        RequestPart part = parameter.getAnnotation(RequestPart.class);
        String name = param != null && !param.name().isEmpty() ? param.name()
                : param != null && !param.value().isEmpty() ? param.value()
                : part != null && !part.name().isEmpty() ? part.name()
                : part != null && !part.value().isEmpty() ? part.value() : parameter.getName();
        if (MultipartFile.class.isAssignableFrom(parameter.getType())) {
            files.add(name);
        }
        else if (param != null || part != null) {
            parameters.add(name);
        }
        else if (parameter.getType().isRecord() && (parameter.isAnnotationPresent(ModelAttribute.class)
                || parameter.getType().getPackageName().startsWith("org.masthead"))) {
            for (RecordComponent component : parameter.getType().getRecordComponents()) {
                (MultipartFile.class.isAssignableFrom(component.getType()) ? files : parameters).add(component.getName());
            }
        }
    }

    /** The pattern with each path variable filled in with nonsense, one value at a time. */
    private static List<String> paths(String pattern) {
        if (!pattern.contains("{")) {
            return List.of(pattern);
        }
        return PATH_VALUES.stream().map(value -> pattern.replaceAll("\\{\\*?[^}]+}", value)).toList();
    }

    private static String form(Set<String> parameters, Map<String, String> values) {
        String value = values.values().iterator().next();
        String encoded = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        return parameters.stream().map(p -> java.net.URLEncoder.encode(p, StandardCharsets.UTF_8) + "=" + encoded)
                .collect(Collectors.joining("&"));
    }

    /** One person's requests, in order: who they are, their session, and the Accept header of their next request. */
    private final class Prober {

        private final String who;
        private final Session session;
        /** The Accept header of the next request, when it is not a browser's. */
        private String accepting;

        Prober(String who, Session session) {
            this.who = who;
            this.session = session;
        }

        void everyRoute(List<Route> routes) {
            for (Route route : routes) {
                if (route.pattern().startsWith("/signout")) {
                    continue;
                }
                // Every kind of nonsense on one address, and every kind of broken address with a plain request:
                // what a handler does with its parameters does not hang on how its address was broken.
                List<String> paths = paths(route.pattern());
                probe(route, paths.get(0));
                for (String path : paths.subList(1, paths.size())) {
                    probeAddress(route, path);
                }
            }
        }

        /** A broken address, asked for plainly by each method the route takes. */
        void probeAddress(Route route, String path) {
            for (String method : route.methods().isEmpty() ? Set.of("GET", "POST") : route.methods()) {
                boolean reads = method.equals("GET") || method.equals("HEAD");
                check(method, path, reads ? null : "application/x-www-form-urlencoded", reads ? null : "a=1");
            }
        }

        void probe(Route route, String path) {
            Set<String> methods = route.methods().isEmpty() ? Set.of("GET", "POST") : route.methods();
            check("GET", path + "?page=abc&%zz=1&q=%01&sort=%ff%fe", null, null);
            check("DELETE", path, null, null);
            for (String accept : List.of("application/json", "text/event-stream", "image/png", "x/y;q=oops")) {
                accepting = accept;
                check("GET", path, null, null);
            }
            accepting = null;
            for (String method : methods) {
                if (method.equals("GET") || method.equals("HEAD")) {
                    for (Map<String, String> values : NONSENSE) {
                        check(method, path + "?" + form(route.parameters(), values), null, null);
                    }
                    continue;
                }
                String urlencoded = "application/x-www-form-urlencoded";
                check(method, path, urlencoded, "a=%zz&b=1");
                check(method, path, urlencoded, "a=%ff%fe");
                check(method, path, urlencoded, "a=%00b");
                check(method, path, urlencoded,
                        IntStream.range(0, 1_100).mapToObj(i -> "f" + i + "=1").collect(Collectors.joining("&")));
                for (Map<String, String> values : NONSENSE) {
                    check(method, path, urlencoded, form(route.parameters(), values));
                }
                check(method, path, "multipart/form-data", "--x\r\n");
                check(method, path, "multipart/form-data; boundary=cut",
                        "--cut\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunfinished");
                for (String file : route.files().isEmpty() ? Set.of("file") : route.files()) {
                    check(method, path, "multipart/form-data; boundary=b",
                            "--b\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"a\u0000b\r\n.jpg\"\r\n"
                                    + "Content-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff garbage\r\n--b--\r\n");
                    check(method, path, "multipart/form-data; boundary=b",
                            "--b\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"photo.jpg\"\r\n"
                                    + "Content-Type: image/jpeg\r\n\r\nnot a picture at all\r\n--b--\r\n");
                }
            }
        }

        void check(String method, String target, String contentType, String body) {
            HttpRequest.Builder request;
            try {
                request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target));
            }
            catch (IllegalArgumentException notAUri) {
                return;
            }
            request.timeout(Duration.ofSeconds(30)).header("Origin", "http://127.0.0.1:" + port);
            if (session.csrfToken() != null && !session.csrfToken().isEmpty()) {
                request.header("X-CSRF-TOKEN", session.csrfToken());
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (accepting != null) {
                request.header("Accept", accepting);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1.newEncoder()
                            .canEncode(body) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)));
            sent.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = session.send(request);
            }
            catch (RuntimeException e) {
                failures.add(who + " " + method + " " + target + " → no answer: " + e);
                return;
            }
            answers.merge(who + " " + response.statusCode(), 1, Integer::sum);
            String text = response.body() == null ? "" : response.body();
            if (response.statusCode() >= 500 || text.contains("Exception") || text.contains("\tat ")
                    || text.contains("org.springframework") || text.contains("java.lang")) {
                failures.add(who + " " + method + " " + abbreviate(target) + " [" + abbreviate(String.valueOf(body)) + "] → "
                        + response.statusCode());
            }
        }
    }

    private static String abbreviate(String text) {
        String line = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
