package dev.capstan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A Writer that turns each string it is given into UTF-8 bytes in one call and hands them to a
 * byte stream, for standard output and standard error.
 *
 * <p>Why not {@code OutputStreamWriter}: a rendered manifest is written as one large string, and
 * the JDK's writer copies it into chars and encodes them in buffer-sized pieces. In a cold JVM that
 * path ran interpreted over every character: ~4% of a `template argo-cd` run (2 MB of output).
 * {@link String#getBytes} of a string holding only ASCII is a plain array copy. It also makes the
 * encoding UTF-8 whatever the platform default is.
 *
 * <p>A high surrogate at the end of one write is held back until the next, so a pair split
 * across two writes still encodes as one character.
 */
final class Utf8Output extends Writer {
    private final OutputStream out;
    /** a high surrogate written last, waiting for its low half (0: none) */
    private char pending;

    Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len <= 0) return;
        String piece = off == 0 && len == s.length() ? s : s.substring(off, off + len);
        emit(piece);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (len <= 0) return;
        emit(new String(cbuf, off, len));
    }

    @Override
    public void write(int c) throws IOException {
        emit(String.valueOf((char) c));
    }

    private void emit(String piece) throws IOException {
        if (pending != 0) {
            piece = pending + piece;
            pending = 0;
        }
        char last = piece.charAt(piece.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pending = last;
            piece = piece.substring(0, piece.length() - 1);
            if (piece.isEmpty()) return;
        }
        out.write(piece.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** A lone high surrogate left at the end is written as UTF-8 writes it: '?'. */
    @Override
    public void close() throws IOException {
        if (pending != 0) {
            out.write(String.valueOf(pending).getBytes(StandardCharsets.UTF_8));
            pending = 0;
        }
        out.flush();
    }
}
