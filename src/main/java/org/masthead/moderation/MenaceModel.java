package org.masthead.moderation;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * A second reading of comments that the word lists could not settle and that glance like threats. Two
 * small sentence-embedding models (bge-small-en-v1.5 and all-MiniLM-L6-v2, both quantized, run by
 * ONNX Runtime inside this process: no text leaves the server) each turn the comment into a vector
 * of its meaning, and for each, two regressions fitted to the threats, calls to violence and civil
 * comments of the corpus's tune rows ({@code moderation/menace-bge.tsv}, {@code
 * moderation/menace-minilm.tsv}) say how much that meaning reads like a threat: a logistic
 * regression, one straight line through the space of meanings, and {@link Neighbours}, which weighs
 * the comment against each tune row by how close their meanings lie. The reading is the average of
 * all four. The two models were trained apart and err apart: when the second came, in
 * cross-validation that kept most of each writer's rows out of the fit that judged them, both
 * together caught 152 threats the word lists miss where the first alone, at its own best figures,
 * caught 136, for one civil row held instead of two. "Accidents have a way of finding people like
 * you" names no harm a word list knows, yet reads like the threats it was fitted to.
 *
 * <p>No regression explains itself to a moderator, so each reading also names the known threat
 * whose meaning, by the first model, lies closest to the comment's.
 *
 * <p>The models are English only, and cost milliseconds a comment where a word list costs
 * microseconds. So each comment is first given a {@link Glance}, which costs microseconds, and
 * the models read only English comments whose glance reads like a threat ({@link SecondReading}).
 */
final class MenaceModel {

    private static final String PIECES = "moderation/menace-pieces.tsv";
    static final int DIMENSIONS = 384;

    /** Turns a text into a unit vector of its meaning by each model, in the order of {@link Sentences#MODELS}. */
    interface Embedder {
        float[][] embed(String text);
    }

    /**
     * How a comment read.
     *
     * @param threat how far the comment reads like a threat, from 0 to 1
     * @param closestThreat the known threat whose meaning lies closest to the comment's
     */
    record Reading(double threat, String closestThreat) {
    }

    /** A logistic regression over the meaning. */
    record Line(double bias, double[] weights) {

        Line {
            if (weights.length != DIMENSIONS || !Double.isFinite(bias) || !Arrays.stream(weights).allMatch(Double::isFinite)) {
                throw new IllegalArgumentException("a menace model needs a finite bias and " + DIMENSIONS + " finite weights");
            }
            weights = weights.clone();
        }

        double threat(float[] meaning) {
            double z = bias;
            for (int i = 0; i < DIMENSIONS; i++) {
                z += weights[i] * meaning[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    /** What one model's meanings were fitted to: its line and its neighbours, whose reading is their average. */
    record Sense(Line line, Neighbours neighbours) {
    }

    private static volatile boolean loaded;
    private static volatile MenaceModel shared;

    private final Embedder embedder;
    private final List<Sense> senses;
    private final Glance glance;

    /** @param senses one for each meaning the embedder gives, in its order */
    MenaceModel(Embedder embedder, List<Sense> senses, Glance glance) {
        if (senses.isEmpty()) {
            throw new IllegalArgumentException("a menace model needs a sense of at least one model's meanings");
        }
        this.embedder = embedder;
        this.senses = List.copyOf(senses);
        this.glance = glance;
    }

    /**
     * The model the application ships, loaded once per process as moderation starts (under a second), or null
     * where ONNX Runtime cannot run (an unsupported processor, no writable folder for its native
     * library): moderation then goes on with the word lists alone, and says so once in the log.
     */
    static MenaceModel shared() {
        if (!loaded) {
            synchronized (MenaceModel.class) {
                if (!loaded) {
                    shared = load(() -> Sentences.ALL);
                    loaded = true;
                }
            }
        }
        return shared;
    }

    /** Loads the shipped model and reads one sentence with it, so that a library that cannot run fails here. */
    static MenaceModel load(Supplier<Embedder> embedder) {
        try {
            MenaceModel model = read(MenaceModel.class.getClassLoader(), embedder.get());
            if (Double.isNaN(model.read("Loaded.").threat())) {
                throw new IllegalStateException("the model reads a sentence as NaN");
            }
            return model;
        } catch (RuntimeException | LinkageError e) {
            // A library whose class failed to initialise arrives wrapped in that error, which says nothing itself.
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            LoggerFactory.getLogger(MenaceModel.class).warn("The language models for threats could not be loaded, so "
                    + "comments are read by the word lists alone: {}", cause.toString());
            return null;
        }
    }

    /** The tune rows the model knows that threaten or call for violence, or the civil ones, by each of its senses. */
    List<List<String>> known(boolean threatening) {
        return senses.stream().map(sense -> sense.neighbours().texts(threatening)).toList();
    }

    /** The probability that the text threatens, by its word pieces alone: see {@link Glance}. */
    double glance(String text) {
        return glance.threat(text);
    }

    Reading read(String text) {
        float[][] meanings = embedder.embed(text);
        if (meanings.length != senses.size()) {
            throw new IllegalStateException("the embedder gave " + meanings.length + " meanings for " + senses.size() + " senses");
        }
        Neighbours.Reading first = senses.get(0).neighbours().read(meanings[0]);
        double sum = (senses.get(0).line().threat(meanings[0]) + first.threat()) / 2;
        for (int i = 1; i < meanings.length; i++) {
            Sense sense = senses.get(i);
            sum += (sense.line().threat(meanings[i]) + sense.neighbours().read(meanings[i]).threat()) / 2;
        }
        return new Reading(sum / meanings.length, first.closestThreat());
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    /** Reads each model's fitted sense and the glance, for an embedder that gives a meaning by each model. */
    static MenaceModel read(ClassLoader loader, Embedder embedder) {
        try {
            List<Sense> senses = new ArrayList<>();
            for (Sentences model : Sentences.MODELS) {
                senses.add(sense(loader, model.fit));
            }
            return new MenaceModel(embedder, senses, Glance.read(loader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one model's fitted sense: the line's {@code bias} and {@code weights}, the neighbours'
     * {@code base} and {@code sharpness}, then one line per known row: {@code threat} or {@code civil},
     * its pull, its text and its meaning, tab-separated; {@code #} starts a comment.
     */
    private static Sense sense(ClassLoader loader, String file) throws IOException {
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the application");
            }
            double bias = Double.NaN;
            double[] weights = new double[0];
            double base = Double.NaN;
            double sharpness = Double.NaN;
            List<Neighbours.Known> known = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "bias" -> bias = Double.parseDouble(f[1]);
                    case "weights" -> weights = numbers(f[1]);
                    case "base" -> base = Double.parseDouble(f[1]);
                    case "sharpness" -> sharpness = Double.parseDouble(f[1]);
                    case "threat", "civil" -> known.add(new Neighbours.Known(f[2], f[0].equals("threat"), Double.parseDouble(f[1]),
                            floats(dimensions(file, numbers(f[3])))));
                    default -> throw new IllegalStateException(file + " has a line of unknown kind: " + f[0]);
                }
            }
            if (!Double.isFinite(bias) || !Double.isFinite(base) || !Double.isFinite(sharpness) || known.isEmpty()) {
                throw new IllegalStateException(file + " lacks its bias, base, sharpness or known rows");
            }
            return new Sense(new Line(bias, weights), new Neighbours(base, sharpness, known));
        }
    }

    /**
     * A first look at a comment, in microseconds, that decides whether the model reads it at all.
     * The same kind of regression as the model's, fitted to the same rows, but over the average
     * meaning of the comment's word pieces, each taken alone, in place of the meaning of the whole
     * sentence. Averaging is linear, so the regression comes down to one figure per piece of the
     * vocabulary ({@code moderation/menace-pieces.tsv}) and a comment's glance is the average of
     * its pieces' figures. Word order is lost, and what weighs most is who is spoken of ("you",
     * "him"), so "I hope you have a lovely evening" glances like a threat: the glance only says which
     * comments are worth the model's reading, and a civil one it lets through is read, and passed,
     * by the model.
     */
    static final class Glance {

        private final Map<String, Float> scores;
        private final WordPieces pieces;

        /** @param scores each piece of the vocabulary with its figure, the regression's bias included */
        Glance(Map<String, Float> scores) {
            this.scores = Map.copyOf(scores);
            this.pieces = new WordPieces(this.scores.keySet());
        }

        double threat(String text) {
            List<String> found = pieces.of(text);
            if (found.isEmpty()) {
                return 0;
            }
            double sum = 0;
            for (String piece : found) {
                sum += scores.get(piece);
            }
            return 1 / (1 + Math.exp(-sum / found.size()));
        }

        /** Reads {@code figure<TAB>piece} lines, one per piece of the vocabulary; {@code #} starts a comment. */
        static Glance read(ClassLoader loader) throws IOException {
            try (InputStream in = loader.getResourceAsStream(PIECES)) {
                if (in == null) {
                    throw new IllegalStateException(PIECES + " is missing from the application");
                }
                Map<String, Float> scores = new HashMap<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        int tab = line.indexOf('\t');
                        float figure = tab < 0 ? Float.NaN : Float.parseFloat(line.substring(0, tab));
                        if (!Float.isFinite(figure)) {
                            throw new IllegalStateException(PIECES + " has a line that is not a figure and a piece: " + line);
                        }
                        scores.put(line.substring(tab + 1), figure);
                    }
                }
                if (!scores.containsKey(WordPieces.UNKNOWN)) {
                    throw new IllegalStateException(PIECES + " has no figure for an unknown word");
                }
                return new Glance(scores);
            }
        }
    }

    private static double[] numbers(String field) {
        String[] parts = field.strip().split(" ");
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Double.parseDouble(parts[i]);
        }
        return numbers;
    }

    private static double[] dimensions(String file, double[] meaning) {
        if (meaning.length != DIMENSIONS) {
            throw new IllegalStateException(file + " has a known row of " + meaning.length + " dimensions, not " + DIMENSIONS);
        }
        return meaning;
    }

    private static float[] floats(double[] numbers) {
        float[] floats = new float[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            floats[i] = (float) numbers[i];
        }
        return unit(floats);
    }

    static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return unit;
    }

    /**
     * A sentence-embedding model as its own jar ships it (an ONNX file and its tokenizer), in one
     * ONNX Runtime session per process, opened on first use, that reads on the caller's thread: with
     * a pool of its own, two readers on two cores waited on each other's threads and read about a
     * quarter fewer comments a second.
     */
    static final class Sentences {

        static {
            // The tokenizer's library would otherwise ask a cloud's metadata address where it runs and
            // report home, and fetch its native library from the network on a platform the jar lacks.
            if (System.getProperty("OPT_OUT_TRACKING") == null) {
                System.setProperty("OPT_OUT_TRACKING", "true");
            }
            if (System.getProperty("ai.djl.offline") == null) {
                System.setProperty("ai.djl.offline", "true");
            }
        }

        /** 34 MB of weights, twelve layers; a sentence's meaning is its first place's. */
        static final Sentences BGE = new Sentences("bge-small-en-v1.5", "bge-small-en-v1.5-q.onnx",
                "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, "moderation/menace-bge.tsv");
        /** 23 MB of weights, six layers; a sentence's meaning is the average of its places'. */
        static final Sentences MINI_LM = new Sentences("all-MiniLM-L6-v2", "all-minilm-l6-v2-q.onnx",
                "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, "moderation/menace-minilm.tsv");
        /** The models the shipped menace model reads with, in the order of its senses; the first also names the closest threat. */
        static final List<Sentences> MODELS = List.of(BGE, MINI_LM);
        /** Every model's meaning of a text, in that order. */
        static final Embedder ALL = text -> MODELS.stream().map(model -> model.embed(text)).toArray(float[][]::new);

        final String name;
        final String weights;
        final String tokenizer;
        private final PoolingMode pooling;
        /** Its regressions, as {@code MenaceModel_FitTest} fitted them to its meanings of the tune rows. */
        final String fit;
        private volatile Session session;

        private Sentences(String name, String weights, String tokenizer, PoolingMode pooling, String fit) {
            this.name = name;
            this.weights = weights;
            this.tokenizer = tokenizer;
            this.pooling = pooling;
            this.fit = fit;
        }

        float[] embed(String text) {
            return unit(session().embed(text).content().vector());
        }

        private Session session() {
            Session opened = session;
            if (opened == null) {
                synchronized (this) {
                    opened = session;
                    if (opened == null) {
                        opened = new Session(this);
                        session = opened;
                    }
                }
            }
            return opened;
        }

        private static final class Session extends AbstractInProcessEmbeddingModel {

            private final OnnxBertBiEncoder encoder;

            private Session(Sentences model) {
                super(Runnable::run);
                try (InputStream weights = resource(model.weights);
                        InputStream tokenizer = resource(model.tokenizer);
                        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                    OrtEnvironment environment = OrtEnvironment.getEnvironment();
                    options.setIntraOpNumThreads(1);
                    encoder = new OnnxBertBiEncoder(environment, environment.createSession(weights.readAllBytes(), options),
                            tokenizer, model.pooling);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (OrtException e) {
                    throw new IllegalStateException("ONNX Runtime could not open " + model.weights + ": " + e.getMessage(), e);
                }
            }

            private static InputStream resource(String name) {
                InputStream in = MenaceModel.class.getClassLoader().getResourceAsStream(name);
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the application");
                }
                return in;
            }

            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }

            @Override
            protected Integer knownDimension() {
                return DIMENSIONS;
            }
        }
    }
}
