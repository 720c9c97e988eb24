package cn.ggw.fleet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifests the build writes (target/kubernetes/kubernetes.yml) and the example
 * configuration beside them (deploy/kubernetes/ggw-backend-config.yaml), read into the Kubernetes API
 * model: every field must be one the API knows, and the Deployment must be what README "Production"
 * promises — replicas, probes on the right health groups, memory sized for the JVM settings, and
 * every variable the backend reads provided.
 */
class KubernetesManifestIT {

    private static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final ObjectMapper MODEL = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static Deployment deployment;
    static Service service;
    static ConfigMap configMap;
    static Secret secret;
    static List<String> kinds = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        for (JsonNode doc : documents(Path.of("target/kubernetes/kubernetes.yml"))) {
            String kind = doc.path("kind").asText();
            kinds.add(kind);
            switch (kind) {
                case "Deployment" -> deployment = model(doc, Deployment.class);
                case "Service" -> service = model(doc, Service.class);
                default -> { }
            }
        }
        for (JsonNode doc : documents(Path.of("../deploy/kubernetes/ggw-backend-config.yaml"))) {
            switch (doc.path("kind").asText()) {
                case "ConfigMap" -> configMap = model(doc, ConfigMap.class);
                case "Secret" -> secret = model(doc, Secret.class);
                default -> throw new AssertionError("unexpected " + doc.path("kind"));
            }
        }
    }

    @Test
    @DisplayName("the build writes a Deployment and a Service and nothing that needs more than plain Kubernetes")
    void kinds() {
        assertEquals(List.of("Service", "Deployment"), kinds);
        assertNotNull(configMap);
        assertNotNull(secret);
    }

    @Test
    @DisplayName("two replicas or more, selected by a label that survives upgrades (no version in the selector)")
    void replicas() {
        assertTrue(deployment.getSpec().getReplicas() >= 2);
        Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), selector + " ⊆ " + podLabels);
        assertTrue(selector.keySet().stream().noneMatch(k -> k.contains("version")), selector.toString());
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()), "the Service finds the pods");
    }

    @Test
    @DisplayName("readiness on /q/health/ready (the database), liveness on /q/health/live (nothing outside), startup on /q/health/started")
    void probes() {
        Container c = container();
        assertProbe(c.getReadinessProbe(), "/q/health/ready");
        assertProbe(c.getLivenessProbe(), "/q/health/live");
        assertProbe(c.getStartupProbe(), "/q/health/started");
        Probe live = c.getLivenessProbe();
        assertTrue(live.getPeriodSeconds() * live.getFailureThreshold() >= 30, "liveness gives a busy replica 30 s before a restart");
        int port = c.getPorts().get(0).getContainerPort();
        assertEquals(8080, port);
        assertEquals(port, service.getSpec().getPorts().get(0).getTargetPort().getIntVal());
        Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
        assertEquals("true", annotations.get("prometheus.io/scrape"));
    }

    @Test
    @DisplayName("memory: request = limit, with room for the heap of the production JVM settings and what a JVM needs besides")
    void memory() throws IOException {
        Container c = container();
        Quantity limit = c.getResources().getLimits().get("memory");
        assertEquals(limit, c.getResources().getRequests().get("memory"));
        long limitMiB = Quantity.getAmountInBytes(limit).longValue() >> 20;
        String jvm = env(c, "JDK_JAVA_OPTIONS");
        assertEquals(property("ggw.jvm-options"), jvm, "the same JVM settings as ./ggw run");
        Matcher xmx = Pattern.compile("-Xmx(\\d+)m").matcher(jvm);
        assertTrue(xmx.find(), jvm);
        long heap = Long.parseLong(xmx.group(1));
        assertTrue(limitMiB >= 300 + 64, "the limit leaves 64 MiB above the 300 MB the replica is held to: " + limitMiB);
        assertTrue(heap <= limitMiB / 2, "heap " + heap + " MiB within half of " + limitMiB);
        assertEquals("2", env(c, "MALLOC_ARENA_MAX"));
        assertEquals("true", env(c, "GGW_LOG_JSON"));
    }

    @Test
    @DisplayName("every variable the backend reads comes from the ConfigMap, the Secret or the Deployment; migrations run at start")
    void configuration() throws IOException {
        Container c = container();
        List<String> from = c.getEnvFrom().stream()
                .map(e -> e.getConfigMapRef() != null ? "configmap/" + e.getConfigMapRef().getName() : "secret/" + e.getSecretRef().getName())
                .toList();
        assertTrue(from.containsAll(List.of("configmap/ggw-backend", "secret/ggw-backend")), from.toString());
        Set<String> provided = new TreeSet<>(configMap.getData().keySet());
        provided.addAll(secret.getStringData().keySet());
        c.getEnv().forEach(e -> provided.add(e.getName()));
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(GGW_[A-Z_]+)").matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (m.find()) {
            read.add(m.group(1));
        }
        read.remove("GGW_REPLICA_ID"); // the pod's name (HOSTNAME) by default
        assertTrue(provided.containsAll(read), "not provided: " + read.stream().filter(v -> !provided.contains(v)).collect(Collectors.toList()));
        assertTrue(c.getEnv().stream().noneMatch(e -> e.getName().equals("QUARKUS_FLYWAY_ACTIVE")), "Flyway migrates at start");
        assertEquals("false", configMap.getData().get("GGW_DEMO_DATA"));
    }

    @Test
    @DisplayName("no field anywhere in the manifests is unknown to the Kubernetes API model")
    void onlyKnownFields() {
        List<String> unknown = new ArrayList<>();
        for (Object resource : List.of(deployment, service, configMap, secret)) {
            unknownFields(resource, resource.getClass().getSimpleName(), unknown, new IdentityHashMap<>());
        }
        assertEquals(List.of(), unknown);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Container container() {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(8080, probe.getHttpGet().getPort().getIntVal());
    }

    private static String env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String property(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).strip();
            }
        }
        throw new AssertionError("no " + key);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static <T> T model(JsonNode doc, Class<T> type) {
        return MODEL.convertValue(doc, type);
    }

    /** The model keeps fields it does not know in additionalProperties: there must be none, at any depth. */
    private static void unknownFields(Object o, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (o == null || seen.put(o, true) != null || !o.getClass().getName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : o.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(o);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String at = path + "." + getter.getName().substring(3);
            if (getter.getName().equals("getAdditionalProperties") && value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(k -> unknown.add(path + "." + k));
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> unknownFields(item, at, unknown, seen));
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(item -> unknownFields(item, at, unknown, seen));
            } else {
                unknownFields(value, at, unknown, seen);
            }
        }
    }
}
