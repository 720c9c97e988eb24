package cn.ggw.fleet;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Per-route latency histograms at /q/metrics: {@code http_server_requests_seconds_bucket} by method,
 * route template ({@code uri="/api/v1/org-units/{id}"}), status and outcome, with a dozen fixed
 * buckets (5 ms … 10 s) rather than Micrometer's ~70, so that a scrape stays small; the same buckets
 * for the job durations. Percentiles are computed in Prometheus (histogram_quantile), across replicas.
 */
@Singleton
public class LatencyHistograms {

    private static final Duration[] BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};
    private static final Duration[] JOB_BUCKETS = {
            Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(15)};

    @Produces
    @Singleton
    MeterFilter histograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder()
                            .serviceLevelObjectives(nanos(BUCKETS))
                            .build().merge(config);
                }
                if (id.getName().equals("ggw.jobs.duration")) {
                    return DistributionStatisticConfig.builder()
                            .serviceLevelObjectives(nanos(JOB_BUCKETS))
                            .build().merge(config);
                }
                return config;
            }
        };
    }

    private static double[] nanos(Duration[] buckets) {
        double[] out = new double[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            out[i] = buckets[i].toNanos();
        }
        return out;
    }
}
