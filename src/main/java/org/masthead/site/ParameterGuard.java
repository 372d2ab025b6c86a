package org.masthead.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.util.NumberUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses reading requests that carry parameters the page does not know, or give one it reads once
 * several times, with a 400 that names them: a mistyped {@code ?pgae=2} should not silently show page
 * one, and nobody should be able to fill the page cache with endless spellings of one address.
 * Tracking parameters pass.
 */
class ParameterGuard implements HandlerInterceptor {

    /** How a handler reads a parameter: several values or one, and whether as a whole number. */
    private record Reading(boolean several, boolean wholeNumber) {
    }

    /** Per handler: the parameters it reads. */
    private final Map<HandlerMethod, Map<String, Reading>> accepted = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() != DispatcherType.REQUEST
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        Map<String, Reading> known = accepted.computeIfAbsent(method, ParameterGuard::requestParameters);
        List<String> unknown = request.getParameterMap().keySet().stream()
                .filter(name -> !known.containsKey(name) && !TrackingParameters.isTracking(name))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, describe(unknown, known.keySet()));
        }
        for (Map.Entry<String, String[]> given : request.getParameterMap().entrySet()) {
            Reading reading = known.get(given.getKey());
            if (reading == null) {
                continue;
            }
            if (given.getValue().length > 1 && !reading.several()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "The parameter “" + given.getKey() + "” is given more than once; give it once.");
            }
            for (String value : given.getValue()) {
                if (reading.wholeNumber()) {
                    requirePlain(given.getKey(), value);
                }
            }
        }
        return true;
    }

    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)");

    /**
     * A number the page would read the same in another spelling ({@code 02}, {@code +2}, {@code ٢},
     * {@code  2 }, {@code 0x2}, {@code #2}) is refused: each page has one address, and one entry in the
     * page cache. What is no number at all is left to the page, which says so.
     */
    private static void requirePlain(String name, String value) {
        if (value.isEmpty() || PLAIN.matcher(value).matches()) {
            return;
        }
        Long read;
        try {
            read = NumberUtils.parseNumber(StringUtils.trimAllWhitespace(value), Long.class);
        }
        catch (IllegalArgumentException notANumber) {
            return;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Write the parameter “" + name + "” in plain digits, as " + read + ".");
    }

    private static Map<String, Reading> requestParameters(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestParam.class))
                .collect(Collectors.toUnmodifiableMap(ParameterGuard::name,
                        p -> new Reading(takesSeveral(p), wholeNumber(p)),
                        (a, b) -> new Reading(a.several() || b.several(), a.wholeNumber() || b.wholeNumber())));
    }

    private static boolean wholeNumber(MethodParameter parameter) {
        Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(parameter.getParameterType());
        return type == Integer.class || type == Long.class || type == Short.class;
    }

    private static boolean takesSeveral(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type.isArray() || java.util.Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    private static String name(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        String declared = annotation == null ? "" : annotation.name();
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static String describe(List<String> unknown, Set<String> known) {
        String names = unknown.stream().map(n -> "“" + n + "”").collect(Collectors.joining(", "));
        String message = (unknown.size() == 1 ? "This page does not take the parameter " : "This page does not take the parameters ")
                + names + ".";
        return known.isEmpty() ? message + " It takes no parameters."
                : message + " It takes: " + known.stream().sorted().collect(Collectors.joining(", ")) + ".";
    }
}
