package org.masthead.funding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newsroom's funding page: this month's goal and progress, a year of months against their goals,
 * campaigns, the forms to set the goal, to run a campaign and to record a gift (with what was typed,
 * when a form is shown again with a problem), and the latest gifts.
 *
 * @param goal the month's goal as read, or null when none is set
 * @param editing the campaign being edited, or null
 * @param problem the sentence saying what could not be used, or null
 * @param form the form that was sent with a problem ({@code goal}, {@code campaign} or {@code gift}), or null
 * @param problemField the field it is about, or null
 */
record FundingDeskPage(String month, String goal, String raised, String thisMonth, String today, String currency,
        GivingChart chart, List<CampaignLine> campaigns, CampaignLine editing, List<GiftLine> gifts, String notice,
        String problem, String form, String problemField, Map<String, String> typed) {

    private static final Set<String> FIELDS = Set.of("amount", "currency", "from", "paidOn", "donorName", "donorEmail",
            "note", "title", "startsOn", "endsOn");

    /** What was typed in a field, or the default. */
    String typed(String field, String otherwise) {
        return typed.getOrDefault(field, otherwise);
    }

    /** The problem's sentence when it is about this field of this form, else null. */
    String problemWith(String form, String field) {
        return form.equals(this.form) && field.equals(problemField) ? problem : null;
    }

    /** The problem's sentence when it is about this form but no one of the fields shown, else null. */
    String problemWith(String form) {
        return form.equals(this.form) && problem != null && !FIELDS.contains(String.valueOf(problemField)) ? problem : null;
    }
}
