package org.masthead.site;

import java.time.Year;
import java.util.List;
import org.masthead.publishing.SectionLink;

/**
 * What the layout shows around every page: the masthead, the navigation and the footer.
 *
 * @param currentPath the page's own path, so navigation can mark where the reader is
 * @param stylesheet the stylesheet's address, versioned by its content so browsers may keep it for good
 */
public record Chrome(String publicationName, String tagline, String logoUrl, String language,
        List<SectionLink> sections, String currentPath, String stylesheet) {

    public int year() {
        return Year.now().getValue();
    }

    public boolean isCurrent(String path) {
        if (currentPath == null) {
            return false;
        }
        return path.equals("/") ? currentPath.equals("/") : currentPath.equals(path) || currentPath.startsWith(path + "/");
    }
}
