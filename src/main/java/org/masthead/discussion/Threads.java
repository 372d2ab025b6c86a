package org.masthead.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.masthead.accounts.Accounts;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;

/**
 * Reads threads for a page: a page of top-level comments by keyset, the first replies of each in one
 * query, the writers' profiles in one, the reader's votes in one; then the tree, nested to the
 * configured depth, with deeper replies placed at the deepest level "in reply to" whom they answer.
 */
@Component
class Threads {

    private final CommentRepository comments;
    private final VoteRepository votes;
    private final Accounts accounts;
    private final Publishing publishing;
    private final DiscussionSettings settings;
    private final Clock clock;
    private final CommentFaces faces;
    private final FirstPages firstPages;
    private final ArticleWords articleWords;

    Threads(CommentRepository comments, VoteRepository votes, Accounts accounts, Publishing publishing,
            DiscussionSettings settings, Clock clock, CommentFaces faces, FirstPages firstPages,
            ArticleWords articleWords) {
        this.firstPages = firstPages;
        this.articleWords = articleWords;
        this.comments = comments;
        this.votes = votes;
        this.accounts = accounts;
        this.publishing = publishing;
        this.settings = settings;
        this.clock = clock;
        this.faces = faces;
    }

    /** The orders a reader may choose, by the name in the address. */
    static CommentRepository.Order order(String name) {
        return switch (name == null ? "newest" : name) {
            case "newest" -> CommentRepository.Order.NEWEST;
            case "oldest" -> CommentRepository.Order.OLDEST;
            case "votes" -> CommentRepository.Order.MOST_VOTED;
            default -> throw DiscussionProblem.input("sort", "Sort comments by newest, oldest or votes.");
        };
    }

    static String name(CommentRepository.Order order) {
        return switch (order) {
            case NEWEST -> "newest";
            case OLDEST -> "oldest";
            case MOST_VOTED -> "votes";
        };
    }

    /** Reads a cursor from an address: two whole numbers joined by a dot. */
    static CommentRepository.Cursor cursor(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String[] parts = text.split("\\.", -1);
        try {
            if (parts.length == 2) {
                return new CommentRepository.Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
        }
        catch (NumberFormatException notNumbers) {
            // answered below
        }
        throw DiscussionProblem.input("after", "This link to more comments is broken. Go back to the article.");
    }

    /**
     * Most-voted pages name the threads shown before them, up to this many; past it they continue from
     * a cursor, like the other orders (where a thread cannot move), and a thread whose votes lift it
     * above the last one shown may then be missed.
     */
    static final int SHOWN_NAMED = 300;

    private static final java.util.regex.Pattern THREAD_NUMBER = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");

    /**
     * Reads the threads a most-voted page showed before, from an address: numbers in increasing order
     * joined by commas. One spelling only, so that nobody can fill the page cache with endless spellings
     * of the same page.
     */
    static Set<Long> shown(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length <= SHOWN_NAMED) {
            Set<Long> shown = new LinkedHashSet<>();
            long previous = 0;
            for (String part : parts) {
                if (!THREAD_NUMBER.matcher(part).matches() || Long.parseLong(part) <= previous) {
                    shown = null;
                    break;
                }
                previous = Long.parseLong(part);
                shown.add(previous);
            }
            if (shown != null) {
                return shown;
            }
        }
        throw DiscussionProblem.input("seen", "This link to more comments is broken. Go back to the article.");
    }

    /**
     * A page of threads, after the cursor; or, from a permalink, starting at the thread that holds
     * {@code fromComment}. A most-voted page may instead leave out the threads shown before it
     * ({@code shown}, null when the address names none): votes move threads while a reader reads.
     */
    ThreadList page(ArticleRef article, CommentRepository.Order order, CommentRepository.Cursor after,
            Set<Long> shown, Long fromComment, boolean inlineOnly, Viewer viewer) {
        // Only a most-voted page after the first names what came before; a permalink's page has its own start.
        if (shown != null && (order != CommentRepository.Order.MOST_VOTED || after == null || fromComment != null)) {
            throw DiscussionProblem.input("seen", "This link to more comments is broken. Go back to the article.");
        }
        CommentRepository.Stamp stamp = comments.stamp(article.id());
        if (after == null && fromComment == null) {
            FirstPages.Rows first = firstPages.rows(new FirstPages.Key(article.id(), order, inlineOnly), stamp);
            return list(article, order, first.top(), first.replies(), stamp, false, first.lastApproval(), inlineOnly,
                    viewer, first.picks(), order == CommentRepository.Order.MOST_VOTED ? Set.of() : null);
        }
        // Read before the threads: a comment approved in between is then sent live once more (the page
        // skips what it shows), never missed.
        long lastApproval = comments.lastApproval(article.id());
        Long wholeThread = null;
        if (fromComment != null) {
            StoredComment held = comments.byId(fromComment).filter(c -> c.articleId() == article.id())
                    .orElseThrow(() -> new DiscussionProblem(404, null, "There is no such comment under this article."));
            StoredComment thread = held.isTopLevel() ? held : comments.byId(held.threadId()).orElseThrow();
            after = startingAt(order, thread);
            // A reply further down than the replies a thread shows would not be on the page it links to.
            wholeThread = held.isTopLevel() ? null : thread.id();
        }
        // The threads shown before decide a most-voted page, without a cursor.
        boolean byShown = shown != null;
        List<StoredComment> top = byShown
                ? comments.threads(article.id(), order, null, shown, settings.threadsPerPage() + 1, inlineOnly)
                : comments.threads(article.id(), order, after, settings.threadsPerPage() + 1, inlineOnly);
        Long whole = wholeThread;
        // Most threads have no replies; only those that do are asked for theirs.
        List<StoredComment> replies = new ArrayList<>(comments.replies(firstPages.shown(top).stream()
                .filter(t -> t.threadReplies() > 0 && (whole == null || t.id() != whole)).map(StoredComment::id).toList(),
                settings.repliesShown()));
        if (whole != null && top.stream().anyMatch(t -> t.id() == whole)) {
            replies.addAll(comments.wholeThread(whole));
        }
        return list(article, order, top, replies, stamp, true, lastApproval, inlineOnly, viewer, List.of(),
                byShown ? shown : null);
    }

    /**
     * The newest public threads, for the article's structured data, and the count of public comments:
     * taken from the first page when it holds enough of them, as it nearly always does.
     */
    record Newest(long count, List<StoredComment> threads) {
    }

    Newest newest(ArticleRef article, int limit) {
        CommentRepository.Stamp stamp = comments.stamp(article.id());
        FirstPages.Rows first = firstPages.rows(new FirstPages.Key(article.id(), CommentRepository.Order.NEWEST, false),
                stamp);
        List<StoredComment> shown = firstPages.shown(first.top()).stream().filter(StoredComment::isPublic)
                .limit(limit).toList();
        boolean more = first.top().size() > settings.threadsPerPage();
        return new Newest(stamp.publicComments(),
                shown.size() == limit || !more ? shown : comments.newestThreads(article.id(), limit));
    }

    /**
     * @param shownBefore the threads the pages before this one showed, for a most-voted page that
     *     names them (empty for the first page); null for a page that continues from a cursor
     */
    private ThreadList list(ArticleRef article, CommentRepository.Order order, List<StoredComment> read,
            List<StoredComment> replies, CommentRepository.Stamp stamp, boolean partial, long lastApproval,
            boolean inlineOnly, Viewer viewer, List<StoredComment> picks, Set<Long> shownBefore) {
        List<StoredComment> top = firstPages.shown(read);
        String next = null;
        String shownSoFar = null;
        if (top.size() < read.size()) {
            StoredComment last = top.get(top.size() - 1);
            next = order.key(last) + "." + last.id();
            if (shownBefore != null && shownBefore.size() + top.size() <= SHOWN_NAMED) {
                shownSoFar = Stream.concat(shownBefore.stream(), top.stream().map(StoredComment::id)).sorted()
                        .map(String::valueOf).collect(Collectors.joining(","));
            }
        }
        List<CommentView> picked = List.of();
        if (!picks.isEmpty()) {
            Draw draw = draw(article, picks, viewer);
            picked = picks.stream().map(c -> draw.view(c, 0, null)).toList();
        }
        return new ThreadList(article, name(order), build(article, top, replies, viewer), next, shownSoFar,
                stamp.publicComments(), partial, lastApproval, inlineOnly, picked);
    }

    /** One whole thread, every reply shown. */
    CommentView thread(ArticleRef article, long threadId, Viewer viewer) {
        StoredComment first = comments.byId(threadId).filter(c -> c.articleId() == article.id() && c.isTopLevel()
                && (c.status() == CommentStatus.APPROVED || c.threadReplies() > 0))
                .orElseThrow(() -> new DiscussionProblem(404, null, "There is no such thread under this article."));
        List<CommentView> built = build(article, List.of(first), comments.wholeThread(threadId), viewer);
        return built.get(0);
    }

    /** One comment on its own, as a live notice or a fresh post inserts it. */
    CommentView single(ArticleRef article, StoredComment comment, Viewer viewer) {
        Draw draw = draw(article, List.of(comment), viewer);
        return draw.view(comment, Math.min(comment.depth(), settings.depth() - 1), null);
    }

    private static CommentRepository.Cursor startingAt(CommentRepository.Order order, StoredComment thread) {
        long key = order.key(thread);
        return order == CommentRepository.Order.OLDEST ? new CommentRepository.Cursor(key, thread.id() - 1)
                : new CommentRepository.Cursor(key, thread.id() + 1);
    }

    private List<CommentView> build(ArticleRef article, List<StoredComment> top, List<StoredComment> replies,
            Viewer viewer) {
        List<StoredComment> all = new ArrayList<>(top);
        all.addAll(replies);
        Draw draw = draw(article, all, viewer);
        int deepest = settings.depth() - 1;
        Map<Long, Node> nodes = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (StoredComment t : top) {
            Node node = new Node(t, 0, null, null);
            nodes.put(t.id(), node);
            roots.add(node);
        }
        for (StoredComment reply : replies) {
            Node parent = nodes.get(reply.parentId());
            Node container;
            String inReplyTo = null;
            int level;
            if (parent == null) {
                // Its parent was taken down: it stays in the thread, under the first comment.
                container = nodes.get(reply.threadId());
                if (container == null) {
                    continue;
                }
                level = 1;
            }
            else if (parent.level >= deepest) {
                container = parent.container;
                level = parent.level;
                inReplyTo = parent.comment.isDeleted() ? "a deleted comment" : parent.comment.authorName();
            }
            else {
                container = parent;
                level = parent.level + 1;
            }
            Node node = new Node(reply, level, container, inReplyTo);
            nodes.put(reply.id(), node);
            container.children.add(node);
        }
        Map<Long, Integer> shown = new HashMap<>();
        replies.forEach(r -> shown.merge(r.threadId(), r.isDeleted() ? 0 : 1, Integer::sum));
        List<CommentView> views = new ArrayList<>();
        for (Node root : roots) {
            int hidden = Math.max(0, root.comment.threadReplies() - shown.getOrDefault(root.comment.id(), 0));
            views.add(view(root, draw, hidden));
        }
        return views;
    }

    private CommentView view(Node node, Draw draw, int hidden) {
        List<CommentView> children = new ArrayList<>();
        for (Node child : node.children) {
            children.add(view(child, draw, 0));
        }
        return draw.view(node.comment, node.level, node.inReplyTo).withReplies(children, hidden);
    }

    /** A comment's place while the tree is built. */
    private static final class Node {

        final StoredComment comment;
        final int level;
        final Node container;
        final String inReplyTo;
        final List<Node> children = new ArrayList<>();

        Node(StoredComment comment, int level, Node container, String inReplyTo) {
            this.comment = comment;
            this.level = level;
            this.container = container;
            this.inReplyTo = inReplyTo;
        }
    }

    /**
     * Why a comment keeps its place without its words: deleted by its writer, or (a thread's first
     * comment, kept for the public replies to it) held for review or taken down by the publication.
     */
    private static String absence(StoredComment c) {
        if (c.isDeleted()) {
            return "This comment was deleted.";
        }
        return switch (c.status()) {
            case APPROVED -> null;
            case PENDING -> "This comment is waiting for review.";
            case SPAM, TRASH -> "This comment was removed by the publication.";
        };
    }

    /** What every comment of a page is drawn with: profiles, labels, the reader's votes, the article's words. */
    private Draw draw(ArticleRef article, List<StoredComment> all, Viewer viewer) {
        Set<Long> userIds = new HashSet<>();
        all.forEach(c -> {
            if (c.userId() != null) {
                userIds.add(c.userId());
            }
        });
        Map<Long, Accounts.Profile> profiles = accounts.profiles(userIds);
        Set<Long> authors = publishing.authorAccounts(article.id());
        Map<Long, Integer> mine = votes.votes(viewer.voter(), article.id());
        boolean quotes = all.stream().anyMatch(c -> c.quote() != null);
        String words = quotes ? articleWords.normalized(article.id()) : "";
        return new Draw(article, profiles, authors, mine, words, viewer, publishing.publication(), clock.millis());
    }

    private final class Draw {

        private final ArticleRef article;
        private final Map<Long, Accounts.Profile> profiles;
        private final Set<Long> authors;
        private final Map<Long, Integer> mine;
        private final String words;
        private final Viewer viewer;
        private final Publication publication;
        private final long now;

        Draw(ArticleRef article, Map<Long, Accounts.Profile> profiles, Set<Long> authors, Map<Long, Integer> mine,
                String words, Viewer viewer, Publication publication, long now) {
            this.article = article;
            this.profiles = profiles;
            this.authors = authors;
            this.mine = mine;
            this.words = words;
            this.viewer = viewer;
            this.publication = publication;
            this.now = now;
        }

        CommentView view(StoredComment c, int level, String inReplyTo) {
            Accounts.Profile profile = c.userId() == null ? null : profiles.get(c.userId());
            String label = null;
            if (c.userId() != null && authors.contains(c.userId())) {
                label = "Author";
            }
            else if (profile != null && (profile.member().role().writes()
                    || profile.member().role() == org.masthead.accounts.Role.MODERATOR)) {
                label = "Staff";
            }
            boolean wrote = viewer.wrote(c);
            String absence = absence(c);
            boolean deleted = absence != null;
            CommentView.Face face = deleted
                    ? new CommentView.Face(c.id(), c.threadId(), level, "", null, null, null, "", null, false, true,
                            inReplyTo, null, false, absence, false)
                    : new CommentView.Face(c.id(), c.threadId(), level,
                            profile != null ? profile.member().displayName() : c.authorName(),
                            profile == null ? null : profile.avatarUrl(), c.authorWebsite(), label, c.bodyHtml(),
                            publication.dateline(Instant.ofEpochMilli(c.createdAt())), c.editedAt() != null, false,
                            inReplyTo, c.quote(), c.quote() != null && !Passages.stillIn(words, c.quote()), null,
                            c.pickedAt() != null);
            return new CommentView(face, faces.of(face), c.upVotes(), c.downVotes(), mine.getOrDefault(c.id(), 0),
                    !deleted && !wrote,
                    wrote && !deleted && c.replies() == 0 && now - c.createdAt() <= settings.editWindow().toMillis(),
                    wrote && !deleted, CommentView.none(), 0);
        }
    }
}
