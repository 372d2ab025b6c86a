package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where {@code moderation/menace-bge.tsv}, {@code moderation/menace-minilm.tsv} and {@code
 * moderation/menace-pieces.tsv} come from, and proof that they came from the tune rows alone. For
 * each of the two sentence models, two regressions of "threat or call to violence" against "civil"
 * are fitted over its meaning of every such tune row of the corpus: a logistic regression (its
 * line) and a kernel ridge regression ({@link Neighbours}); the glance is a logistic regression over
 * the average meaning of each row's word pieces by the first model ({@link PieceMeanings}). The
 * held-out rows never reach any of them.
 *
 * <p>To fit them again after the tune rows change:
 * {@code ./mvnw test -Dtest=MenaceModel_FitTest -Dmasthead.moderation.fit=src/main/resources/moderation}.
 */
class MenaceModel_FitTest {

    /**
     * The ridges on each model's line and on its neighbours, the neighbours' sharpness, and the ridge
     * on the glance's weights: chosen with {@link SecondReading}'s figures by the cross-validation
     * below, by one rule: the most threats caught for at most two civil tune rows held (about one in
     * 670 of them), with the hand-written civil comments of the tests passing, by at least the 0.02
     * by which the shipped model may read away from its fit, and the shipped model reading as its
     * fit does. The rule allowed one civil row until the tune rows grew to 2,188, and was loosened
     * after the search had shown that one allowed 89 caught and two 114 (the corpus README tells
     * how). Both models share these figures: with the second model, the search ran the
     * same folds over the line's ridge (1e-5 to 1.5e-4), the neighbours' ridge (3e-6 to 1e-4) and
     * sharpness (1.5 to 3) and the figure from which the reading counts (0.70 to 0.90), and read the
     * tests' hand-written comments with a model fitted to all the tune rows at each setting; the best
     * that let them pass caught 152 for one civil row (settings that caught up to 180 held "Don't
     * worry, nobody is going to hurt you." or the coach's "you'll see how quickly your times
     * improve"). Once the models no longer read the sentences where the word lists read harm
     * denied, the same search over the figure from which the reading counts alone (0.70 to 0.76,
     * the ridges and sharpness as they were) chose 0.73: 160 caught for two civil rows. From 0.72
     * (164 caught) the coach passed by 0.006, short of the margin, which the rule has named since.
     * When 78 civil look-alikes of insults and spam joined the tune rows, 0.73 caught 150 for one
     * civil row, and the coach passed by less than the margin; once the word lists had learnt that a
     * consequence that turns out well encourages, and the models no longer read the phrases the
     * lists know to harm nobody, the same search (0.62 to 0.73) chose 0.65: 192 caught for two civil
     * rows (0.64 held a third), with every hand-written civil comment of the tests passing by more
     * than the margin. When 209 more tune rows came (threats, calls to violence and their civil
     * twins) and the model was fitted again, 0.65 to 0.67 held three civil rows, and the rule chose
     * 0.68: 212 caught for two. The glance's figure stayed where it was: lowering it to 0.45 caught a few more there, for a
     * quarter more ordinary comments read. A nearly flat kernel (low sharpness and ridge) takes
     * large pulls of both signs, so the known rows' meanings are written with four decimals: with
     * three, the shipped model read up to 0.04 away from its fit.
     */
    static final double RIDGE = 1e-4;
    static final double NEIGHBOURS_RIDGE = 3e-5;
    static final double SHARPNESS = 1.5;
    static final double GLANCE_RIDGE = 1e-3;
    static final Set<String> MENACE = Set.of("threat", "violence");

    /** A tune row with its sentence's meaning by each model and the average meaning of its word pieces. */
    record Labelled(String text, boolean menace, float[][] meanings, float[] pieces) {
    }

    /** One model's regressions as fitted, before they are written down. */
    record Fitted(MenaceModel.Line line, double base, List<Neighbours.Known> known) {

        MenaceModel.Sense sense() {
            return new MenaceModel.Sense(line, new Neighbours(base, SHARPNESS, known));
        }
    }

    static List<Labelled> tune;
    static List<Fitted> fitted;
    static Map<String, Float> glance;
    static MenaceModel shipped;
    /** The tune rows' meanings, worked out once; any other text is read by the models. */
    static final Map<String, float[][]> MEANINGS = new ConcurrentHashMap<>();
    static final MenaceModel.Embedder KNOWN = text -> MEANINGS.computeIfAbsent(text, MenaceModel.Sentences.ALL::embed);
    /** The corpus's kinds of civil comment that are neither look-alikes of abuse nor in another language. */
    static final Set<String> ORDINARY = Set.of("civil", "political", "disagreement", "quote");
    /** What the cross-validation catches, less a row: a change that catches fewer fails. */
    static final int CAUGHT = 211;

    @BeforeAll
    static void fit() throws IOException {
        // Read on both cores: the models' readings and the fits are most of this test's time.
        tune = Corpus.rows().parallelStream().filter(row -> row.tune() && (!row.abusive() || MENACE.contains(row.kind())))
                .map(row -> new Labelled(row.text(), row.abusive(), KNOWN.embed(row.text()), PieceMeanings.of(row.text())))
                .toList();
        fitted = fit(tune);
        glance = PieceMeanings.figures(newton(tune, Labelled::pieces, GLANCE_RIDGE));
        String target = System.getProperty("masthead.moderation.fit");
        if (target != null && !target.isBlank()) {
            for (int i = 0; i < fitted.size(); i++) {
                String file = MenaceModel.Sentences.MODELS.get(i).fit;
                Files.writeString(Path.of(target, file.substring(file.lastIndexOf('/') + 1)), render(i), StandardCharsets.UTF_8);
            }
            Files.writeString(Path.of(target, "menace-pieces.tsv"), PieceMeanings.render(glance), StandardCharsets.UTF_8);
        }
        shipped = MenaceModel.read(MenaceModel_FitTest.class.getClassLoader(), KNOWN);
    }

    @Test
    void theShippedModel_isTheOneTheTuneRowsGive() {
        MenaceModel fresh = new MenaceModel(KNOWN, senses(fitted), new MenaceModel.Glance(glance));
        for (Labelled row : tune) {
            assertThat(shipped.read(row.text()).threat()).as(row.text())
                    .isCloseTo(fresh.read(row.text()).threat(), Offset.offset(0.02));
            assertThat(shipped.glance(row.text())).as(row.text()).isCloseTo(fresh.glance(row.text()), Offset.offset(0.01));
        }
        // Comments it never saw, which its rounded figures must read as the fit does too.
        for (String unseen : List.of("The bins on Mill Lane have not been collected for three weeks now.",
                "Keep writing about my family and you'll find out what happens to nosy reporters.",
                "Lovely piece on the harbour, my grandad worked on those boats.")) {
            assertThat(shipped.read(unseen).threat()).as(unseen).isCloseTo(fresh.read(unseen).threat(), Offset.offset(0.02));
        }
    }

    /** Each model's fit ships the text of every row it knows: they must be tune rows, with their labels. */
    @Test
    void theKnownRows_areTheTuneRows() {
        assertThat(shipped.known(true)).hasSize(MenaceModel.Sentences.MODELS.size()).allSatisfy(known -> assertThat(known)
                .containsExactlyInAnyOrderElementsOf(tune.stream().filter(Labelled::menace).map(Labelled::text).toList()));
        assertThat(shipped.known(false)).hasSize(MenaceModel.Sentences.MODELS.size()).allSatisfy(known -> assertThat(known)
                .containsExactlyInAnyOrderElementsOf(tune.stream().filter(r -> !r.menace()).map(Labelled::text).toList()));
    }

    @Test
    void theShippedModel_separatesTheTuneRows() {
        long right = tune.stream().filter(r -> (shipped.read(r.text()).threat() >= 0.5) == r.menace()).count();
        assertThat((double) right / tune.size()).isGreaterThan(0.9);
        long glancedRight = tune.stream().filter(r -> (shipped.glance(r.text()) >= 0.5) == r.menace()).count();
        assertThat((double) glancedRight / tune.size()).isGreaterThan(0.8);
    }

    /**
     * How the model does on comments it was not fitted to, with the ridges and sharpness above and
     * the scorer's {@link SecondReading#GLANCE_FROM}, {@link SecondReading#SUPPORTED_GLANCE_FROM},
     * {@link SecondReading#MODEL_FROM} and {@link SecondReading#MODEL_MOST} (chosen by running this
     * with other values): five-fold
     * cross-validation on the tune rows. Each fold's rows are decided by the word lists with a model
     * and glance fitted to the other four folds; the held-out rows take no part. The folds are runs of
     * rows in the corpus's order, where each writer's batch lies together, so that most of a fold's
     * threats are judged by a model that never saw their writer, nor the civil twins that writer gave
     * them, as a newsroom's new readers' comments are (shuffled folds let a model judge threats
     * whose twins it knew). The word lists themselves were tuned on all the tune rows, so this
     * measures what the model adds. It also counts how many ordinary civil comments (neither
     * look-alikes of abuse nor in another language) the model reads, which is what the model costs a
     * newsroom's posting.
     */
    @Test
    void crossValidation_onTheTuneRows_catchesThreatsTheListsMiss_andHoldsNoMoreThanAFewCivilRows() {
        Lexicon lexicon = Lexicon.read(LocalScorer.RESOURCES);
        ContentCheck listsAlone = new ContentCheck(ContentPolicy.defaults(new LocalScorer(lexicon, null)));

        List<Corpus.Row> rows = Corpus.rows().stream().filter(Corpus.Row::tune).toList();
        int folds = 5;
        List<Fold> byFold = IntStream.range(0, folds).parallel().mapToObj(fold -> judge(
                rows.subList(fold * rows.size() / folds, (fold + 1) * rows.size() / folds), listsAlone, lexicon)).toList();
        int caught = byFold.stream().mapToInt(Fold::caught).sum();
        List<String> civilHeld = byFold.stream().flatMap(fold -> fold.civilHeld().stream()).toList();
        int ordinaryRead = byFold.stream().mapToInt(Fold::ordinaryRead).sum();
        int ordinary = byFold.stream().mapToInt(Fold::ordinary).sum();
        System.out.printf("cross-validation on the tune rows: %d abusive rows caught that the lists missed, %d civil rows held; "
                + "the model read %d of %d ordinary civil rows%n", caught, civilHeld.size(), ordinaryRead, ordinary);
        assertThat(caught).isGreaterThanOrEqualTo(CAUGHT);
        // Look-alikes written as the twins of threats: a moderator would read them twice too.
        assertThat(civilHeld).as("only two look-alikes").containsExactly(
                "People like you disappear from local politics far too quickly. Hope you stand again, Mr Osei, the ward needs you.",
                "Please never stop writing, love. This town would know nothing without you.");
        assertThat(ordinaryRead).as("a row more than the model reads now").isLessThanOrEqualTo(70);
    }

    /** What one fold's rows came to when judged by a model and glance fitted to the other folds. */
    record Fold(int caught, List<String> civilHeld, int ordinaryRead, int ordinary) {
    }

    private static Fold judge(List<Corpus.Row> judged, ContentCheck listsAlone, Lexicon lexicon) {
        Set<String> testing = new HashSet<>();
        judged.forEach(row -> testing.add(row.text()));
        List<Labelled> training = tune.stream().filter(r -> !testing.contains(r.text())).toList();
        AtomicInteger reads = new AtomicInteger();
        MenaceModel model = new MenaceModel(text -> {
            reads.incrementAndGet();
            return KNOWN.embed(text);
        }, senses(fit(training)), new MenaceModel.Glance(PieceMeanings.figures(newton(training, Labelled::pieces, GLANCE_RIDGE))));
        ContentCheck withModel = new ContentCheck(ContentPolicy.defaults(new LocalScorer(lexicon, model)));
        int caught = 0;
        List<String> civilHeld = new ArrayList<>();
        int ordinaryRead = 0;
        int ordinary = 0;
        for (Corpus.Row row : judged) {
            boolean before = listsAlone.check(row.text()).outcome() != ContentCheck.Outcome.PASS;
            int readBefore = reads.get();
            boolean after = withModel.check(row.text()).outcome() != ContentCheck.Outcome.PASS;
            if (ORDINARY.contains(row.kind())) {
                ordinary++;
                ordinaryRead += reads.get() - readBefore;
            }
            if (after && !before) {
                if (row.abusive()) {
                    caught++;
                } else {
                    civilHeld.add(row.text());
                }
            }
        }
        return new Fold(caught, civilHeld, ordinaryRead, ordinary);
    }

    @Test
    void theGlance_readsWordPiecesAsTheModelsTokenizerDoes() {
        PieceMeanings.assertSplitsAsTheModelsTokenizer(Corpus.rows().stream().map(Corpus.Row::text).toList());
    }

    /** Each model's regressions, fitted to the rows' meanings by that model. */
    static List<Fitted> fit(List<Labelled> rows) {
        return IntStream.range(0, MenaceModel.Sentences.MODELS.size()).parallel().mapToObj(m -> {
            double[] line = newton(rows, row -> row.meanings()[m], RIDGE);
            return new Fitted(new MenaceModel.Line(line[MenaceModel.DIMENSIONS], Arrays.copyOf(line, MenaceModel.DIMENSIONS)),
                    baseOf(rows), kernelRidge(rows, m));
        }).toList();
    }

    static List<MenaceModel.Sense> senses(List<Fitted> fitted) {
        return fitted.stream().map(Fitted::sense).toList();
    }

    /** What a comment like none of the rows reads as: the share of threats among them. */
    static double baseOf(List<Labelled> rows) {
        return rows.stream().filter(Labelled::menace).count() / (double) rows.size();
    }

    /**
     * Kernel ridge regression: the pulls p that solve (K + ridge · n · I) p = y − base, where K holds
     * the rows' closeness to each other as {@link Neighbours} weighs it and y is 1 for a threat.
     */
    static List<Neighbours.Known> kernelRidge(List<Labelled> rows, int model) {
        int n = rows.size();
        double base = baseOf(rows);
        double[][] k = new double[n][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            float[] a = rows.get(i).meanings()[model];
            for (int j = 0; j <= i; j++) {
                k[i][j] = Math.exp(SHARPNESS * (MenaceModel.dot(a, rows.get(j).meanings()[model]) - 1));
            }
            k[i][i] += NEIGHBOURS_RIDGE * n;
            y[i] = (rows.get(i).menace() ? 1 : 0) - base;
        }
        double[] pulls = cholesky(k, y);
        List<Neighbours.Known> known = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Labelled row = rows.get(i);
            known.add(new Neighbours.Known(row.text(), row.menace(), pulls[i], row.meanings()[model]));
        }
        return known;
    }

    /** Solves a x = b for a symmetric positive definite a, given by its lower triangle, which it overwrites. */
    private static double[] cholesky(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double[] rowJ = a[j];
            double d = rowJ[j];
            for (int m = 0; m < j; m++) {
                d -= rowJ[m] * rowJ[m];
            }
            if (!(d > 0)) {
                throw new ArithmeticException("the kernel matrix is not positive definite at row " + j);
            }
            rowJ[j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double[] rowI = a[i];
                double sum = rowI[j];
                for (int m = 0; m < j; m++) {
                    sum -= rowI[m] * rowJ[m];
                }
                rowI[j] = sum / rowJ[j];
            }
        }
        double[] x = b.clone();
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < i; m++) {
                x[i] -= a[i][m] * x[m];
            }
            x[i] /= a[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int m = i + 1; m < n; m++) {
                x[i] -= a[m][i] * x[m];
            }
            x[i] /= a[i][i];
        }
        return x;
    }

    /** Ridge-penalised logistic regression by Newton's method: mean log-loss + ridge/2 · |w|². */
    static double[] newton(List<Labelled> rows, Function<Labelled, float[]> features, double ridge) {
        int d = MenaceModel.DIMENSIONS + 1;
        int n = rows.size();
        double[] w = new double[d];
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Labelled row : rows) {
                double[] x = withBias(features.apply(row));
                double p = 1 / (1 + Math.exp(-dot(w, x)));
                double residual = p - (row.menace() ? 1 : 0);
                double curvature = p * (1 - p);
                for (int i = 0; i < d; i++) {
                    gradient[i] += residual * x[i] / n;
                    double xi = curvature * x[i] / n;
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += xi * x[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[j][i] = hessian[i][j];
                }
                if (i < d - 1) { // the bias goes unpenalised
                    gradient[i] += ridge * w[i];
                    hessian[i][i] += ridge;
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                size = Math.max(size, Math.abs(step[i]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    private static double[] withBias(float[] meaning) {
        double[] x = new double[meaning.length + 1];
        for (int i = 0; i < meaning.length; i++) {
            x[i] = meaning[i];
        }
        x[meaning.length] = 1;
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the Hessian is positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = m[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }

    private static String render(int model) {
        MenaceModel.Line line = fitted.get(model).line();
        List<Neighbours.Known> known = fitted.get(model).known();
        StringBuilder out = new StringBuilder();
        out.append("# Fitted by MenaceModel_FitTest to the corpus's tune rows (threats and calls to violence against civil\n")
                .append("# comments), over ").append(MenaceModel.Sentences.MODELS.get(model).name)
                .append(" (quantized) sentence meanings. Regenerate; do not edit by hand.\n")
                .append("# Each known row: threat or civil, its pull, its text, its meaning.\n");
        out.append("bias\t").append(String.format(Locale.ROOT, "%.6g", line.bias())).append('\n');
        out.append("weights\t");
        for (int i = 0; i < MenaceModel.DIMENSIONS; i++) {
            out.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6g", line.weights()[i]));
        }
        out.append('\n');
        out.append("base\t").append(String.format(Locale.ROOT, "%.6g", fitted.get(model).base())).append('\n');
        out.append("sharpness\t").append(String.format(Locale.ROOT, "%.6g", SHARPNESS)).append('\n');
        for (Neighbours.Known row : known) {
            out.append(row.threat() ? "threat" : "civil").append('\t').append(String.format(Locale.ROOT, "%.6g", row.pull()))
                    .append('\t').append(row.text()).append('\t');
            float[] v = row.meaning();
            for (int i = 0; i < v.length; i++) {
                out.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", v[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
