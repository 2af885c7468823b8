package dev.capstan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever way a text is cut into writes, the bytes are its UTF-8 encoding. */
class Utf8OutputTest {
    private static final String[] PIECES = {"a", "é", "\u20ac", "😀", "\n", "---", "ü😀ß", "x\uD83D\uDE00y"};

    @Test
    void splitWritesEncodeLikeTheWholeText() {
        Random rnd = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(12);
            for (int i = 0; i < n; i++) sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            String text = sb.toString();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintWriter w = new PrintWriter(new Utf8Output(bytes), false);
            int at = 0;
            while (at < text.length()) {
                int len = 1 + rnd.nextInt(text.length() - at);
                switch (rnd.nextInt(3)) {
                    case 0 -> w.print(text.substring(at, at + len));
                    case 1 -> w.write(text.toCharArray(), at, len);
                    default -> w.write(text, at, len);
                }
                at += len;
            }
            w.flush();
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), text);
        }
    }
}
