package dev.capstan.values;

import dev.capstan.gotemplate.GoText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads what a {@code -f} or {@code --set-file} argument names: {@code -} is standard input,
 * anything else a local file relative to a base directory. URLs need a network-capable source
 * supplied by the caller (chart-engine has no network); the local source refuses them with a
 * clear error.
 */
@FunctionalInterface
public interface ValueSource {
    /**
     * @throws ValuesException with Helm's text, e.g. {@code open x.yaml: no such file or directory}
     */
    byte[] read(String path);

    /** Local files relative to {@code baseDir}, {@code -} from {@code stdin} (read once, lazily). */
    static ValueSource local(Path baseDir, Supplier<InputStream> stdin) {
        Pattern scheme = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
        return path -> {
            if (GoText.trimSpace(path).equals("-")) {
                try {
                    return stdin.get().readAllBytes();
                } catch (IOException e) {
                    throw new ValuesException("read /dev/stdin: " + e.getMessage());
                }
            }
            if (scheme.matcher(path).find()) {
                throw new ValuesException("reading values from " + path + " needs a network-capable value source");
            }
            Path p = baseDir.resolve(path);
            try {
                return Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                throw new ValuesException("open " + path + ": no such file or directory");
            } catch (AccessDeniedException e) {
                throw new ValuesException("open " + path + ": permission denied");
            } catch (IOException e) {
                if (Files.isDirectory(p)) {
                    throw new ValuesException("read " + path + ": is a directory");
                }
                throw new ValuesException("open " + path + ": " + e.getMessage());
            }
        };
    }
}
