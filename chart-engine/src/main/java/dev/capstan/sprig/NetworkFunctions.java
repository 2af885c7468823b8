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
            return addrs[ThreadLocalRandom.current().nextInt(addrs.length)].getHostAddress();
        }, STRING));
    }
}
