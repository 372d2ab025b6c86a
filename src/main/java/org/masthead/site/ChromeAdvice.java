package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.pages.Chrome;
import org.masthead.pages.FormToken;
import org.masthead.pages.NavLink;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.masthead.publishing.SectionLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Hands every page the layout's data, so that no controller has to. */
@ControllerAdvice
class ChromeAdvice {

    static final String STYLESHEET = "/css/site.css";

    private final Publishing publishing;
    private final ChromeSlots slots;
    private final ObjectProvider<ResourceUrlProvider> resources;
    private final Map<String, String> versioned = new ConcurrentHashMap<>();
    private volatile List<SectionLink> sectionsSeen;
    private volatile List<NavLink> navigation = List.of();

    ChromeAdvice(Publishing publishing, ChromeSlots slots, ObjectProvider<ResourceUrlProvider> resources) {
        this.publishing = publishing;
        this.slots = slots;
        this.resources = resources;
    }

    @ModelAttribute("chrome")
    Chrome chrome(HttpServletRequest request) {
        Publication p = publishing.publication();
        // The decoded path, as links are written and as the page cache keys the page (whatever its spelling).
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return new Chrome(p.name(), p.tagline(), p.logoUrl(), p.language(), navigation(), path,
                asset(STYLESHEET), slots.html(), FormToken.of(request), this::asset);
    }

    /** The sections as navigation links, made again only when the sections themselves are new. */
    private List<NavLink> navigation() {
        List<SectionLink> sections = publishing.sections();
        if (sections != sectionsSeen) {
            navigation = sections.stream().map(s -> new NavLink(s.name(), s.path())).toList();
            sectionsSeen = sections;
        }
        return navigation;
    }

    /** A static file's address with its content hash, so browsers may keep it for a year. */
    private String asset(String path) {
        return versioned.computeIfAbsent(path, p -> {
            String resolved = resources.getObject().getForLookupPath(p);
            return resolved == null ? p : resolved;
        });
    }
}
