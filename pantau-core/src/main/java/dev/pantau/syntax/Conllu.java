package dev.pantau.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CoNLL-U (https://universaldependencies.org/format.html): comments, words and
 * multi-word tokens; empty nodes ("5.1") are skipped, so they are not written back.
 */
public final class Conllu {
    private Conllu() {
    }

    public static List<UdSentence> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param sourceName names the input in error messages ("gold.conllu:123: …") */
    public static List<UdSentence> read(Reader reader, String sourceName) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Parser parser = new Parser(sourceName);
        try {
            for (String line; (line = in.readLine()) != null; ) {
                parser.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        return parser.finish();
    }

    /** Writes standard CoNLL-U with "\n" line ends: a blank line after each sentence. */
    public static void write(List<UdSentence> sentences, Writer out) {
        try {
            for (UdSentence s : sentences) {
                writeSentence(s, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CoNLL-U", e);
        }
    }

    private static void writeSentence(UdSentence s, Writer out) throws IOException {
        for (String c : s.comments()) {
            out.write(c);
            out.write('\n');
        }
        for (UdWord w : s.words()) {
            for (UdMultiword m : s.multiwords()) {
                if (m.first() == w.id()) {
                    out.write(m.first() + "-" + m.last() + "\t" + m.form() + "\t_\t_\t_\t_\t_\t_\t_\t" + m.misc() + "\n");
                }
            }
            out.write(String.join("\t", String.valueOf(w.id()), w.form(), w.lemma(), w.upos(), w.xpos(), w.feats(),
                    w.head() < 0 ? "_" : String.valueOf(w.head()), w.deprel(), w.deps(), w.misc()));
            out.write('\n');
        }
        out.write('\n');
    }

    /**
     * The sentence's surface text rebuilt from its tokens (a multi-word token stands for its words),
     * one space between tokens unless SpaceAfter=No: for sentences without a "# text" comment.
     */
    public static String text(UdSentence s) {
        StringBuilder b = new StringBuilder();
        List<UdWord> words = s.words();
        for (int i = 0; i < words.size(); i++) {
            UdWord w = words.get(i);
            UdMultiword m = multiwordStartingAt(s, w.id());
            boolean noSpace;
            if (m != null) {
                b.append(m.form());
                noSpace = m.noSpaceAfter();
                while (i + 1 < words.size() && words.get(i + 1).id() <= m.last()) i++;
            } else {
                b.append(w.form());
                noSpace = w.noSpaceAfter();
            }
            if (!noSpace && i + 1 < words.size()) b.append(' ');
        }
        return b.toString();
    }

    private static UdMultiword multiwordStartingAt(UdSentence s, int id) {
        for (UdMultiword m : s.multiwords()) {
            if (m.first() == id) return m;
        }
        return null;
    }

    /** Line-by-line state: the sentence being built and where its lines came from, for errors. */
    private static final class Parser {
        private final String source;
        private final List<UdSentence> sentences = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();
        private final List<UdWord> words = new ArrayList<>();
        private final List<UdMultiword> multiwords = new ArrayList<>();
        private final List<Integer> multiwordLines = new ArrayList<>();
        private int lineNo;

        Parser(String source) {
            this.source = source;
        }

        void line(String raw) {
            lineNo++;
            // readLine already took off "\n" or "\r\n"; a byte-order mark may start the file
            String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            if (line.isEmpty()) {
                endSentence();
            } else if (line.startsWith("#")) {
                // CoNLL-U puts comments before the first word line; later ones could not be written back in place
                if (!words.isEmpty() || !multiwords.isEmpty()) throw fail("comment line inside a sentence");
                comments.add(line);
            } else {
                tokenLine(line);
            }
        }

        private void tokenLine(String line) {
            String[] c = line.split("\t", -1);
            if (c.length != 10) throw fail("expected 10 tab-separated columns, found " + c.length);
            String id = c[0];
            if (id.contains(".")) {
                return; // an empty node (enhanced dependencies only): not part of the basic tree
            }
            if (id.contains("-")) {
                multiword(id, c);
            } else {
                word(id, c);
            }
        }

        private void multiword(String id, String[] c) {
            int dash = id.indexOf('-');
            int first = integer(id.substring(0, dash), "multi-word token id", id);
            int last = integer(id.substring(dash + 1), "multi-word token id", id);
            if (first > last) throw fail("multi-word token " + id + " ends before it starts");
            if (first != words.size() + 1) {
                throw fail("multi-word token " + id + " must come right before word " + first);
            }
            multiwords.add(new UdMultiword(first, last, c[1], c[9]));
            multiwordLines.add(lineNo);
        }

        private void word(String id, String[] c) {
            int n = integer(id, "word id", id);
            if (n != words.size() + 1) throw fail("expected word id " + (words.size() + 1) + ", found " + id);
            int head = "_".equals(c[6]) ? -1 : integer(c[6], "HEAD", c[6]);
            if (head < -1) throw fail("negative HEAD " + c[6]);
            words.add(new UdWord(n, c[1], c[2], c[3], c[4], c[5], head, c[7], c[8], c[9]));
        }

        private int integer(String s, String what, String shown) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw fail("invalid " + what + " '" + shown + "'");
            }
        }

        private void endSentence() {
            if (words.isEmpty() && multiwords.isEmpty() && comments.isEmpty()) {
                return; // several blank lines in a row separate like one
            }
            for (int i = 0; i < multiwords.size(); i++) {
                UdMultiword m = multiwords.get(i);
                if (m.last() > words.size()) {
                    throw error(multiwordLines.get(i), "multi-word token " + m.first() + "-" + m.last()
                            + " ends after the sentence's last word " + words.size());
                }
            }
            sentences.add(new UdSentence(comments, words, multiwords));
            comments.clear();
            words.clear();
            multiwords.clear();
            multiwordLines.clear();
        }

        List<UdSentence> finish() {
            lineNo++;
            endSentence(); // the file may lack its final blank line
            return sentences;
        }

        private IllegalArgumentException fail(String what) {
            return error(lineNo, what);
        }

        private IllegalArgumentException error(int line, String what) {
            return new IllegalArgumentException(source + ":" + line + ": " + what);
        }
    }
}
