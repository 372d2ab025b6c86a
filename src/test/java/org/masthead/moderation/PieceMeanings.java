package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meaning of each piece of the model's vocabulary taken alone, from which the
 * {@link MenaceModel.Glance} is fitted: what the model makes of "[CLS] piece [SEP]", averaged over
 * those three places. The model reads a sentence by its first place alone, but a glance fitted to
 * that place alone chose worse what the model should read: in one run of the gate's
 * cross-validation, on the tune rows of the day the model was chosen, it let the model catch 80
 * rows the word lists miss where the average of the three places let it catch 88. Worked out once
 * per test run (a few seconds).
 */
final class PieceMeanings {

    private static final String MODEL = MenaceModel.Sentences.BGE.weights;
    private static final String TOKENIZER = MenaceModel.Sentences.BGE.tokenizer;
    private static final int BATCH = 512;

    /** The vocabulary in the order of its ids, each piece with its meaning. */
    private static Map<String, float[]> meanings;
    private static WordPieces pieces;

    private PieceMeanings() {
    }

    /** The average meaning of the text's word pieces, as the glance reads them. */
    static float[] of(String text) {
        Map<String, float[]> all = meanings();
        float[] average = new float[MenaceModel.DIMENSIONS];
        List<String> found = pieces.of(text);
        for (String piece : found) {
            float[] meaning = all.get(piece);
            for (int i = 0; i < average.length; i++) {
                average[i] += meaning[i] / found.size();
            }
        }
        return average;
    }

    /**
     * Each piece's figure for the glance from a regression fitted over average meanings (the weights,
     * then the bias): averaging is linear, so the bias plus the weights times a piece's meaning,
     * averaged over a comment's pieces, is the regression's value for the comment.
     */
    static Map<String, Float> figures(double[] fitted) {
        Map<String, Float> figures = new LinkedHashMap<>();
        meanings().forEach((piece, meaning) -> {
            double z = fitted[MenaceModel.DIMENSIONS];
            for (int i = 0; i < MenaceModel.DIMENSIONS; i++) {
                z += fitted[i] * meaning[i];
            }
            figures.put(piece, (float) z);
        });
        return figures;
    }

    static String render(Map<String, Float> figures) {
        StringBuilder out = new StringBuilder();
        out.append("# Fitted by MenaceModel_FitTest to the corpus's tune rows. For each piece of bge-small-en-v1.5's vocabulary:\n")
                .append("# figure for the glance, then the piece, in the vocabulary's order. Regenerate; do not edit by hand.\n");
        figures.forEach((piece, figure) -> out.append(String.format(Locale.ROOT, "%.4g", figure)).append('\t')
                .append(piece).append('\n'));
        return out.toString();
    }

    /** The glance's own splitting gives the model's tokenizer's pieces, text by text. */
    static void assertSplitsAsTheModelsTokenizer(List<String> texts) {
        meanings();
        WordPieces glance = pieces;
        try (InputStream json = resource(TOKENIZER);
                HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(json,
                        Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "false"))) {
            for (String text : texts) {
                Encoding encoding = tokenizer.encode(text);
                assertThat(glance.of(text)).as(text).containsExactly(encoding.getTokens());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Map<String, float[]> meanings() {
        if (meanings == null) {
            List<String> vocabulary = vocabulary();
            Map<String, float[]> read = new LinkedHashMap<>();
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (InputStream weights = resource(MODEL);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                    OrtSession session = environment.createSession(weights.readAllBytes(), options)) {
                long cls = vocabulary.indexOf("[CLS]");
                long sep = vocabulary.indexOf("[SEP]");
                for (int start = 0; start < vocabulary.size(); start += BATCH) {
                    int n = Math.min(BATCH, vocabulary.size() - start);
                    long[][] ids = new long[n][];
                    long[][] mask = new long[n][];
                    for (int k = 0; k < n; k++) {
                        ids[k] = new long[] {cls, start + k, sep};
                        mask[k] = new long[] {1, 1, 1};
                    }
                    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, ids);
                            OnnxTensor attention = OnnxTensor.createTensor(environment, mask);
                            OnnxTensor types = OnnxTensor.createTensor(environment, new long[n][3]);
                            OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                                    "token_type_ids", types))) {
                        float[][][] out = (float[][][]) result.get(0).getValue();
                        for (int k = 0; k < n; k++) {
                            float[] meaning = new float[MenaceModel.DIMENSIONS];
                            for (float[] place : out[k]) {
                                for (int i = 0; i < meaning.length; i++) {
                                    meaning[i] += place[i] / out[k].length;
                                }
                            }
                            read.put(vocabulary.get(start + k), meaning);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException(e);
            }
            meanings = Collections.unmodifiableMap(read);
            pieces = new WordPieces(meanings.keySet());
        }
        return meanings;
    }

    /** The tokenizer's vocabulary, in the order of its ids. */
    private static List<String> vocabulary() {
        try (InputStream json = resource(TOKENIZER)) {
            JsonNode vocab = JsonMapper.builder().build().readTree(json).path("model").path("vocab");
            String[] byId = new String[vocab.size()];
            for (Map.Entry<String, JsonNode> e : vocab.properties()) {
                byId[e.getValue().asInt()] = e.getKey();
            }
            assertThat(byId).doesNotContainNull();
            return new ArrayList<>(Arrays.asList(byId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PieceMeanings.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing");
        }
        return in;
    }
}
