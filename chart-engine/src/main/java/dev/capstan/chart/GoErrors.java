package dev.capstan.chart;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Go's {@code *PathError} texts for common I/O failures ({@code open X: no such file or directory}). */
final class GoErrors {
    private GoErrors() {
    }

    static String ioText(Path p, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "open " + p + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "open " + p + ": permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "open " + p + ": not a directory";
        }
        return "open " + p + ": " + e.getMessage();
    }
}
