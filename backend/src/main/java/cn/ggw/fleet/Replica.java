package cn.ggw.fleet;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * This backend process among the replicas: a name for people (GGW_REPLICA_ID, else the host name —
 * a Kubernetes pod's name) and a nonce drawn at start, so that a restarted replica of the same name
 * is never mistaken for the process that held a claim before it.
 */
@ApplicationScoped
public class Replica {

    private final String name;
    private final String instance;

    public Replica(@ConfigProperty(name = "ggw.replica-id") Optional<String> configured) {
        this.name = configured.filter(s -> !s.isBlank()).map(String::strip).orElseGet(Replica::hostName);
        byte[] nonce = new byte[4];
        new SecureRandom().nextBytes(nonce);
        this.instance = name + "#" + HexFormat.of().formatHex(nonce);
    }

    /** The replica's name, e.g. {@code ggw-backend-7d9c-x2x4} or {@code A}. */
    public String name() {
        return name;
    }

    /** The name plus this process's nonce: {@code A#3f2c9a01}. */
    public String instance() {
        return instance;
    }

    /** In Kubernetes HOSTNAME is the pod's name; elsewhere the host's name and the process id. */
    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "replica";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
