package dev.capstan.sprig;

import static dev.capstan.gotemplate.ParamType.STRING;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.FunctionException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sprig's network.go: {@code getHostByName}. Helm replaces it with a function returning "" unless
 * DNS lookups are enabled ({@code --enable-dns}); with lookups enabled it resolves the name and
 * returns one address at random, as Sprig does (for a name that does not resolve Sprig calls
 * {@code rand.Intn(0)}, which panics).
 */
public final class NetworkFunctions {
    private NetworkFunctions() {
    }

    public static void register(FuncMap m, boolean enableDns) {
        if (!enableDns) {
            m.put(Func.of("getHostByName", a -> "", STRING));
            return;
        }
        m.put(Func.of("getHostByName", a -> {
            String name = (String) a[0];
            InetAddress[] addrs;
            try {
                // Java resolves "" to the loopback address; Go's LookupHost fails on it
                addrs = name.isEmpty() ? new InetAddress[0] : InetAddress.getAllByName(name);
            } catch (UnknownHostException e) {
                addrs = new InetAddress[0];
            }
            if (addrs.length == 0) throw new FunctionException("invalid argument to Intn");
            return goIpString(addrs[ThreadLocalRandom.current().nextInt(addrs.length)].getAddress());
        }, STRING));
    }

    /**
     * Go's {@code net.IP.String()}: dotted IPv4, or IPv6 in lowercase hex with the longest run
     * of two or more zero groups (the first on a tie) written as "::".
     */
    static String goIpString(byte[] ip) {
        if (ip.length == 4) {
            return (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = (ip[2 * i] & 0xff) << 8 | (ip[2 * i + 1] & 0xff);
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
