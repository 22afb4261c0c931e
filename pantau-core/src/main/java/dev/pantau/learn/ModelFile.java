package dev.pantau.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The binary model format: gzip of a header (magic "PNTM", format version, model kind, the
 * command and inputs that trained it) followed by the model's own data. Gzip is written with a
 * fixed header (no time stamp), so the same training gives the same bytes.
 */
public final class ModelFile {
    private static final int MAGIC = 0x504e544d; // "PNTM"
    public static final int VERSION = 2; // 2: perceptron rows in one length-prefixed block

    /** What a model file says about itself. */
    public record Header(String kind, String provenance) {
    }

    /** Writes a model's data. */
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private ModelFile() {
    }

    public static void write(Path file, Header header, Body body) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(header.kind());
            out.writeUTF(header.provenance());
            body.write(out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Opens a model stream, checks its header and kind, and leaves it positioned at the model data. */
    public static DataInputStream open(InputStream raw, String expectedKind, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException(name + ": not a Pantau model file");
        int version = in.readInt();
        if (version != VERSION) throw new IOException(name + ": model format version " + version + ", this Pantau reads " + VERSION);
        String kind = in.readUTF();
        if (!kind.equals(expectedKind)) throw new IOException(name + ": a '" + kind + "' model, expected '" + expectedKind + "'");
        in.readUTF(); // provenance, for people reading the file
        return in;
    }
}
