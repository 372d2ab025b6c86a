package org.masthead.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses reading requests that carry parameters the page does not know, with a 400 that names
 * them: a mistyped {@code ?pgae=2} should not silently show page one, and nobody should be able to
 * fill the page cache with endless variants of one address. Tracking parameters pass.
 */
class ParameterGuard implements HandlerInterceptor {

    private final Map<HandlerMethod, Set<String>> accepted = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || request.getDispatcherType() != DispatcherType.REQUEST
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        Set<String> known = accepted.computeIfAbsent(method, ParameterGuard::requestParameters);
        List<String> unknown = request.getParameterMap().keySet().stream()
                .filter(name -> !known.contains(name) && !TrackingParameters.isTracking(name))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, describe(unknown, known));
        }
        return true;
    }

    private static Set<String> requestParameters(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestParam.class))
                .map(ParameterGuard::name)
                .collect(Collectors.toUnmodifiableSet());
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
