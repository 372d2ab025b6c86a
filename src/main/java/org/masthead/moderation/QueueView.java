package org.masthead.moderation;

import java.util.List;

/** What the moderation queue's template reads. */
final class QueueView {

    private QueueView() {
    }

    /** A tab of the queue, with how many wait in it (for Pending and Reported). */
    record Tab(String code, String label, long count, boolean current) {
    }

    /**
     * A comment as a moderator weighs it.
     *
     * @param writer who wrote it: "Member" or "Guest", and a guest's address
     * @param context the comments it answers, nearest last, each as "Name: the start of it"
     * @param history the writer's record ("14 comments: 11 approved, 2 refused (15%)")
     * @param rule what held it, or null
     * @param abuse the scorer's figure for abuse, in percent
     * @param reports why readers reported it, for the Reported tab
     */
    record Item(long id, long articleId, String articleHeadline, String articlePath, String authorName, String writer,
            String bodyHtml, String quote, String when, String status, List<String> context, String history,
            String rule, int abuse, int spam, List<Evidence> evidence, List<String> reports, boolean deleted,
            boolean published, boolean picked, String statusCode) {

        boolean explained() {
            return rule != null || !evidence.isEmpty();
        }
    }

    record Page(List<Tab> tabs, String tab, boolean newest, List<Item> items, String next, String notice,
            String error, boolean mayAudit) {

        String address(String otherTab, boolean newestFirst) {
            return "/newsroom/moderation?tab=" + otherTab + (newestFirst ? "" : "&order=oldest");
        }
    }
}
