package cn.ggw.cityapi;

import cn.ggw.cityclient.ApiClient;
import cn.ggw.cityclient.ApiException;
import cn.ggw.cityclient.ApiResponse;
import cn.ggw.cityclient.api.CityApi;
import cn.ggw.cityclient.api.CityExemplarsApi;
import cn.ggw.cityclient.api.FiguresApi;
import cn.ggw.cityclient.api.OrgUnitsApi;
import cn.ggw.cityclient.model.CityExemplar;
import cn.ggw.cityclient.model.CityExemplarPage;
import cn.ggw.cityclient.model.CityFigures;
import cn.ggw.cityclient.model.DownTo;
import cn.ggw.cityclient.model.ExemplarChangePage;
import cn.ggw.cityclient.model.OrgUnitSummaryPage;
import cn.ggw.cityclient.model.UnitChangePage;
import cn.ggw.testsupport.KeycloakTokens;
import cn.ggw.testsupport.RealKeycloakProfile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The conformance suite no hand wrote (issue 14, item 7): the Java client openapi-generator makes from openapi.yaml
 * (target/generated-test-sources/city-client, tests only) syncs the demo district against the packaged app, as the
 * city system with a client-credentials token from the real test Keycloak (GGW_TEST_KEYCLOAK_URL, as ./ggw test sets):
 * a full pull (figures down to villages, the unit feed to its end, the submitted exemplars and their feed), then a second
 * pull that gets only 304s and empty feeds. Deserialisation is strict (an unknown property fails), and every response
 * body of the run passes through a recorder that looks for an ID number or a mobile number.
 */
@QuarkusIntegrationTest
@TestProfile(RealKeycloakProfile.class)
class CitySyncConformanceIT {

    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    static final String DISTRICT = "220802";

    Recorder recorder;
    ApiClient client;

    @BeforeEach
    void connect() throws IOException {
        recorder = new Recorder(TestHTTPResourceManager.getUri());
        String token = KeycloakTokens.clientCredentials("city-system", "city-system-secret");
        client = new ApiClient();
        client.updateBaseUri(recorder.uri());
        client.setObjectMapper(client.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN"));
    }

    @AfterEach
    void close() {
        recorder.stop();
    }

    /** What a sync keeps between runs: the ETag of every read, the cursor of every feed. */
    static final class SyncState {
        final Map<String, String> etags = new LinkedHashMap<>();
        String unitCursor;
        String exemplarCursor;
    }

    @Test
    @DisplayName("The generated client pulls the demo district in full, then again and gets only 304s and empty feeds; no ID number or phone in any answer")
    void syncTwice() throws Exception {
        CityApi city = new CityApi(client);
        FiguresApi figures = new FiguresApi(client);
        OrgUnitsApi units = new OrgUnitsApi(client);
        CityExemplarsApi exemplars = new CityExemplarsApi(client);
        SyncState state = new SyncState();

        // ---- first pull ------------------------------------------------------------------------------------
        ApiResponse<CityFigures> bulk = city.getCityFiguresWithHttpInfo(DownTo.VILLAGE, null, null, null, DISTRICT, null);
        assertEquals(200, bulk.getStatusCode());
        assertEquals(DISTRICT, bulk.getData().getUnitCode());
        assertTrue(bulk.getData().getUnits().size() > 100, "every unit down to the villages: " + bulk.getData().getUnits().size());
        state.etags.put("city-figures", etag(bulk));
        state.etags.put("figure-definitions", etag(figures.listFigureDefinitionsWithHttpInfo(null, null)));
        state.etags.put("figures", etag(figures.getFiguresWithHttpInfo(1, null, null, null, DISTRICT, null, null)));
        state.etags.put("org-unit-code", etag(units.getOrgUnitByCodeWithHttpInfo(DISTRICT, null)));
        ApiResponse<OrgUnitSummaryPage> children = units.listOrgUnitsWithHttpInfo(null, null, null, 200, DISTRICT, null, null, null);
        assertTrue(children.getData().getItems().size() >= 26);
        state.etags.put("org-units", etag(children));

        int unitItems = 0;
        UnitChangePage unitPage;
        do {
            unitPage = city.listUnitChangesWithHttpInfo(state.unitCursor, 500, null, null).getData();
            unitItems += unitPage.getItems().size();
            state.unitCursor = unitPage.getNextCursor();
        } while (Boolean.TRUE.equals(unitPage.getHasMore()));
        assertTrue(unitItems > 100, "the unit feed starts with every unit of the scope: " + unitItems);
        state.etags.put("unit-changes", etag(city.listUnitChangesWithHttpInfo(state.unitCursor, 500, null, null)));

        List<CityExemplar> submitted = new ArrayList<>();
        String cursor = null;
        do {
            ApiResponse<CityExemplarPage> page = exemplars.listCityExemplarsWithHttpInfo(cursor, 50, null);
            submitted.addAll(page.getData().getItems());
            cursor = page.getData().getNextCursor();
        } while (cursor != null);
        assertFalse(submitted.isEmpty(), "the demo has exemplars submitted to the city");
        for (CityExemplar e : submitted) {
            state.etags.put("exemplar-" + e.getId(), etag(exemplars.getCityExemplarWithHttpInfo(e.getId(), null)));
        }
        int exemplarItems = 0;
        ExemplarChangePage exemplarPage;
        do {
            exemplarPage = city.listExemplarChangesWithHttpInfo(state.exemplarCursor, 200, null, null).getData();
            exemplarItems += exemplarPage.getItems().size();
            state.exemplarCursor = exemplarPage.getNextCursor();
        } while (Boolean.TRUE.equals(exemplarPage.getHasMore()));
        assertEquals(submitted.size(), exemplarItems, "the exemplar feed starts with every submitted exemplar");
        state.etags.put("exemplar-changes", etag(city.listExemplarChangesWithHttpInfo(state.exemplarCursor, 200, null, null)));

        // ---- second pull: nothing changed ------------------------------------------------------------------
        int before = recorder.count();
        notModified(() -> city.getCityFiguresWithHttpInfo(DownTo.VILLAGE, null, null, null, DISTRICT, state.etags.get("city-figures")));
        notModified(() -> figures.listFigureDefinitionsWithHttpInfo(null, state.etags.get("figure-definitions")));
        notModified(() -> figures.getFiguresWithHttpInfo(1, null, null, null, DISTRICT, null, state.etags.get("figures")));
        notModified(() -> units.getOrgUnitByCodeWithHttpInfo(DISTRICT, state.etags.get("org-unit-code")));
        notModified(() -> units.listOrgUnitsWithHttpInfo(null, null, null, 200, DISTRICT, null, null, state.etags.get("org-units")));
        notModified(() -> city.listUnitChangesWithHttpInfo(state.unitCursor, 500, null, state.etags.get("unit-changes")));
        for (CityExemplar e : submitted) {
            notModified(() -> exemplars.getCityExemplarWithHttpInfo(e.getId(), state.etags.get("exemplar-" + e.getId())));
        }
        notModified(() -> city.listExemplarChangesWithHttpInfo(state.exemplarCursor, 200, null, state.etags.get("exemplar-changes")));
        // Without If-None-Match the feeds answer an empty page at the same cursor.
        UnitChangePage noUnits = city.listUnitChangesWithHttpInfo(state.unitCursor, 500, null, null).getData();
        assertEquals(List.of(), noUnits.getItems());
        assertEquals(state.unitCursor, noUnits.getNextCursor());
        ExemplarChangePage noExemplars = city.listExemplarChangesWithHttpInfo(state.exemplarCursor, 200, null, null).getData();
        assertEquals(List.of(), noExemplars.getItems());
        assertTrue(recorder.count() > before);

        // ---- every answer of the run ----------------------------------------------------------------------
        for (Recorder.Exchange x : recorder.exchanges()) {
            assertFalse(ID_NUMBER.matcher(x.body()).find(), () -> "an ID number in the answer to " + x.target());
            assertFalse(MOBILE.matcher(x.body()).find(), () -> "a mobile number in the answer to " + x.target());
        }
        System.out.printf("CitySyncConformanceIT: %d requests, %d units in the feed, %d exemplars, %d conditional reads answered 304%n",
                recorder.count(), unitItems, submitted.size(), state.etags.size());
    }

    static String etag(ApiResponse<?> response) {
        assertEquals(200, response.getStatusCode());
        List<String> values = response.getHeaders().get("etag");
        assertNotNull(values, "an ETag on every synced read");
        return values.get(0);
    }

    static void notModified(Callable<ApiResponse<?>> call) throws Exception {
        try {
            ApiResponse<?> r = call.call();
            fail("expected 304, got " + r.getStatusCode());
        } catch (ApiException e) {
            assertEquals(304, e.getCode(), () -> "expected 304: " + e.getResponseBody());
        }
    }

    /** A forwarding HTTP server between the generated client and the app that keeps every answer's body. */
    static final class Recorder {

        record Exchange(String target, int status, String body) {
        }

        private static final Set<String> HOP = Set.of("connection", "content-length", "transfer-encoding", "host", "upgrade",
                "keep-alive", "expect", "te", "trailer", "proxy-authorization", "proxy-authenticate");

        private final HttpServer server;
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI app;
        private final List<Exchange> exchanges = new ArrayList<>();

        Recorder(String appUri) throws IOException {
            this.app = URI.create(appUri.endsWith("/") ? appUri.substring(0, appUri.length() - 1) : appUri);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::forward);
            server.start();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        synchronized int count() {
            return exchanges.size();
        }

        synchronized List<Exchange> exchanges() {
            return List.copyOf(exchanges);
        }

        void stop() {
            server.stop(0);
        }

        private void forward(HttpExchange exchange) throws IOException {
            try {
                String target = exchange.getRequestURI().toString();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + target));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP.contains(name.toLowerCase()) && !"accept-encoding".equalsIgnoreCase(name)) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                byte[] sent = exchange.getRequestBody().readAllBytes();
                request.method(exchange.getRequestMethod(),
                        sent.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(sent));
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = response.body();
                synchronized (this) {
                    exchanges.add(new Exchange(target, response.statusCode(), new String(body, StandardCharsets.UTF_8)));
                }
                response.headers().map().forEach((name, values) -> {
                    if (!HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                    }
                });
                boolean empty = body.length == 0 || response.statusCode() == 304 || response.statusCode() == 204;
                exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : body.length);
                if (!empty) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        }
    }
}
