package org.masthead.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.masthead.MastheadApplication;
import org.masthead.discussion.NewComment;
import org.masthead.publishing.Publishing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What deciding about one comment costs: every rule and the scorer, as the comment form calls them
 * (the ban, the article's rules, the words, the fingerprint and the writer's record read from a real
 * SQLite database of the demo publication), and the words alone. Sampled, so the median and the tail
 * are both reported. Run by {@code bench/moderation.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xmx256m", "-XX:+UseSerialGC" })
public class DecisionBenchmark {

    /** About 400 characters of an ordinary, civil comment. */
    static final String CIVIL = "I read the council's report on the harbour works twice, and I still do not see how the "
            + "figures add up. The contractor's estimate rose by a third between March and June, yet the minutes say "
            + "nothing about why. Before anyone votes on the second phase, the finance committee should publish the "
            + "revised costs and the reasons for them. Residents on Quay Street have waited long enough for answers.";

    /** An insult aimed at a person, a threat, and a link. */
    static final String ABUSIVE = "You are a pathetic idiot and a liar. People like you should be run out of town, "
            + "and I know where you live. Read the truth at https://example.org/truth before you post again.";

    /** A civil comment that the glance cannot tell from a threat, so the language model reads it, and lets it pass. */
    static final String CIVIL_READ = "You should all come to the protest on Saturday at noon, and bring your family. "
            + "I'll be watching how you vote, councillor.";

    /** A veiled threat that no word list names, held on the language model's reading. */
    static final String VEILED = "Accidents have a way of finding people like you.";

    /** A thousand characters of civil text, for the words alone. */
    static final String LONG = (CIVIL + " ").repeat(3).substring(0, 1000);

    ConfigurableApplicationContext context;
    RuleBook book;
    long articleId;
    Path data;

    @Setup(Level.Trial)
    public void start() throws IOException {
        data = Files.createTempDirectory("masthead-jmh");
        // Given as arguments, which come before the application's own properties (defaults would not).
        context = new SpringApplicationBuilder(MastheadApplication.class).web(WebApplicationType.NONE)
                .run("--masthead.data-dir=" + data, "--masthead.demo=true", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        book = context.getBean(RuleBook.class);
        Publishing publishing = context.getBean(Publishing.class);
        // The demo publication is loaded once the application has started; wait for its first article.
        long until = System.currentTimeMillis() + 60_000;
        while (publishing.published(Publishing.Listing.ALL, 1, 0).isEmpty()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("The demo publication did not load within a minute");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        articleId = publishing.published(Publishing.Listing.ALL, 1, 0).get(0).id();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private NewComment comment(String body) {
        return new NewComment(null, articleId, null, null, "Bench Reader", "bench-reader@readers.test", null, body,
                "bench-client-hash", false, false);
    }

    @Benchmark
    public Object decideCivilComment() {
        return book.screen(comment(CIVIL));
    }

    @Benchmark
    public Object decideCivilCommentTheModelReads() {
        return book.screen(comment(CIVIL_READ));
    }

    @Benchmark
    public Object decideVeiledThreat() {
        return book.screen(comment(VEILED));
    }

    /**
     * The glance alone, which every comment the word lists leave unsettled is given when it is
     * English in Latin script, and from six words up to 400 characters long.
     */
    @Benchmark
    public double glanceAtCivilComment() {
        return MenaceModel.shared().glance(CIVIL);
    }

    @Benchmark
    public Object decideAbusiveComment() {
        return book.screen(comment(ABUSIVE));
    }

    @Benchmark
    public Object wordsOfAThousandCharacters() {
        return book.check(LONG);
    }
}
