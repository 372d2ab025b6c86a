package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Hands every page the layout's data, so that no controller has to. */
@ControllerAdvice
class ChromeAdvice {

    static final String STYLESHEET = "/css/site.css";

    private final Publishing publishing;
    private final ObjectProvider<ResourceUrlProvider> resources;
    private volatile String stylesheet;

    ChromeAdvice(Publishing publishing, ObjectProvider<ResourceUrlProvider> resources) {
        this.publishing = publishing;
        this.resources = resources;
    }

    @ModelAttribute("chrome")
    Chrome chrome(HttpServletRequest request) {
        Publication p = publishing.publication();
        return new Chrome(p.name(), p.tagline(), p.logoUrl(), p.language(), publishing.sections(),
                request.getRequestURI(), stylesheet());
    }

    private String stylesheet() {
        String resolved = stylesheet;
        if (resolved == null) {
            String versioned = resources.getObject().getForLookupPath(STYLESHEET);
            resolved = versioned == null ? STYLESHEET : versioned;
            stylesheet = resolved;
        }
        return resolved;
    }
}
