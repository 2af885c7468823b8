package dev.capstan.sprig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.DSAGenParameterSpec;
import java.security.spec.DSAParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RSA and DSA key pairs: the prime searches behind genPrivateKey, genCA and the certificate
 * functions.
 *
 * <p>The prime search needs HotSpot's optimizing compiler (C2) and its BigInteger intrinsics: with
 * the quick compiler (C1) alone a 4096-bit RSA key takes 7-20 s instead of 1-2 s. The CLI runs its
 * JVM on C1 only, which renders every chart ~10% faster, and sets {@code capstan.keygen=process}:
 * key pairs then come from one child JVM with the default compilers ({@link #main}), started
 * with this JVM's java and class path on the first request and kept: after the last key of a
 * kind is taken, the next one is started while the render goes on (etcd's chart makes its key
 * twice, nginx's a CA and a certificate key). A child still working when this JVM exits is
 * killed. A library user's JVM (property unset) generates in-process, and so does this one if
 * the child fails.
 *
 * <p>Starting the child earlier, when a template naming a key function is parsed, was tried and
 * dropped: many charts name genCA in a TLS template their default values leave out, and the idle
 * child's start alone cost redis ~30 ms of its ~200.
 */
public final class KeyGeneration {
    private KeyGeneration() {
    }

    static final String MODE_PROPERTY = "capstan.keygen";

    static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPair kp = inChildProcess() ? Child.get().take("RSA", "rsa " + bits) : null;
        return kp != null ? kp : rsaHere(bits);
    }

    static KeyPair dsa() throws GeneralSecurityException {
        KeyPair kp = inChildProcess() ? Child.get().take("DSA", "dsa") : null;
        return kp != null ? kp : dsaHere();
    }

    private static boolean inChildProcess() {
        return "process".equals(System.getProperty(MODE_PROPERTY));
    }

    private static KeyPair rsaHere(int bits) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits, CryptoFunctions.random());
        return g.generateKeyPair();
    }

    private static KeyPair dsaHere() throws GeneralSecurityException {
        java.security.AlgorithmParameterGenerator pg = java.security.AlgorithmParameterGenerator.getInstance("DSA");
        pg.init(new DSAGenParameterSpec(2048, 256), CryptoFunctions.random());
        KeyPairGenerator g = KeyPairGenerator.getInstance("DSA");
        g.initialize(pg.generateParameters().getParameterSpec(DSAParameterSpec.class), CryptoFunctions.random());
        return g.generateKeyPair();
    }

    /** This JVM's one child: requests go out in order, answers come back in the same order. */
    static final class Child {
        private static Child instance;

        private Process process;
        private BufferedReader fromChild;
        private Writer toChild;
        private boolean broken;
        /** Requests sent whose answers are not read yet, oldest first. */
        private final Deque<String> sent = new ArrayDeque<>();
        /** Answers read while looking for another request's answer (a refill of another kind), by request. */
        private final Map<String, Deque<String[]>> ready = new HashMap<>();

        static synchronized Child get() {
            if (instance == null) {
                instance = new Child();
            }
            return instance;
        }

        /** Starts the child JVM if it is not running yet. */
        private void start() {
            if (process == null && !broken) {
                try {
                    broken = !launch();
                } catch (IOException e) {
                    broken = true;
                }
            }
        }

        /** A key for {@code request}, or null (the caller then makes it in-process). */
        synchronized KeyPair take(String algorithm, String request) {
            Deque<String[]> kept = ready.computeIfAbsent(request, k -> new ArrayDeque<>());
            String[] answer = kept.poll();
            if (answer == null) {
                if (!sent.contains(request) && !send(request)) {
                    return null;
                }
                answer = readUntil(request);
            }
            if (answer == null || answer.length != 2) {
                return null;
            }
            if (!sent.contains(request) && kept.isEmpty()) {
                send(request); // the next one of its kind, made while the render goes on
            }
            try {
                KeyFactory kf = KeyFactory.getInstance(algorithm);
                return new KeyPair(kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(answer[1]))),
                        kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(answer[0]))));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return null;
            }
        }

        private boolean send(String request) {
            if (broken) {
                return false;
            }
            start();
            if (broken) {
                return false;
            }
            try {
                toChild.write(request + "\n");
                toChild.flush();
                sent.add(request);
                return true;
            } catch (IOException e) {
                broken = true;
                return false;
            }
        }

        /** Reads answers in order up to the one for {@code request}; null when the child fails. */
        private String[] readUntil(String request) {
            try {
                while (!sent.isEmpty()) {
                    String asked = sent.poll();
                    String status = fromChild.readLine();
                    String[] answer;
                    if ("ok".equals(status)) {
                        answer = new String[] {fromChild.readLine(), fromChild.readLine()};
                        if (answer[1] == null) {
                            broken = true;
                            return null;
                        }
                    } else if ("error".equals(status)) {
                        answer = new String[0];
                    } else {
                        broken = true;
                        return null;
                    }
                    if (asked.equals(request)) {
                        return answer;
                    }
                    ready.computeIfAbsent(asked, k -> new ArrayDeque<>()).add(answer);
                }
            } catch (IOException e) {
                broken = true;
            }
            return null;
        }

        private boolean launch() throws IOException {
            String java = ProcessHandle.current().info().command().orElse(null);
            String classPath = System.getProperty("java.class.path");
            if (java == null || classPath == null || classPath.isEmpty()) {
                return false;
            }
            // a small heap: the default one let the child's RSS reach ~145 MB for a 4096-bit key, ~75 MB with this
            List<String> cmd = List.of(java, "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                    "-Xms32m", "-Xmx96m", "-Xmn24m", "-cp", classPath, KeyGeneration.class.getName());
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // a key still being made when this JVM ends is of no use
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly, "capstan-keygen-stop"));
            process = p;
            toChild = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.US_ASCII);
            fromChild = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
            return true;
        }
    }

    /**
     * The child: reads requests ({@code rsa BITS} or {@code dsa}), one per line, until its input
     * closes; answers each, in order, with {@code ok}, the private key (PKCS#8) and the public key
     * (X.509 SubjectPublicKeyInfo), base64, one per line, or with {@code error}.
     */
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        PrintStream out = System.out;
        for (String line; (line = in.readLine()) != null; ) {
            String[] req = line.trim().split(" ");
            KeyPair kp = null;
            try {
                if (req.length == 2 && req[0].equals("rsa")) {
                    kp = rsaHere(Integer.parseInt(req[1]));
                } else if (req.length == 1 && req[0].equals("dsa")) {
                    kp = dsaHere();
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                kp = null;
            }
            if (kp == null) {
                out.println("error");
            } else {
                out.println("ok");
                out.println(Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()));
                out.println(Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()));
            }
            out.flush();
        }
    }
}
