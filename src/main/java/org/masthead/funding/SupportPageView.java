package org.masthead.funding;

import java.util.List;
import java.util.Map;
import org.masthead.pages.FormToken;

/**
 * The support page as a reader sees it: the newsroom's own words, and the form that sends a gift to
 * the checkout, or a sentence saying online giving is not set up yet.
 *
 * @param presets the amounts offered, each as its form value and as a reader reads it
 * @param typed what the reader had typed and chosen, kept when the form comes back with a problem
 */
record SupportPageView(String publicationName, String supportHtml, boolean online, String currencySymbol,
        List<Preset> presets, String bounds, Map<String, String> typed, String problem,
        String problemField, String notice, FormToken token, boolean donorWall, List<CampaignLine> campaigns) {

    /** @param byDefault whether it is chosen before the reader chooses: the second amount, a modest one */
    record Preset(String value, String label, boolean byDefault) {
    }

    String typed(String name, String otherwise) {
        return typed.getOrDefault(name, otherwise);
    }

    boolean chosen(String name, String value, boolean byDefault) {
        String chose = typed.get(name);
        return chose == null ? byDefault : chose.equals(value);
    }

    /** The problem with one field, or null; the form says it beside that field. */
    String problemWith(String field) {
        return field.equals(problemField) ? problem : null;
    }

    /** A problem with the gift as a whole (no one field), said above the form. */
    String generalProblem() {
        return problem != null && problemField == null ? problem : null;
    }
}
