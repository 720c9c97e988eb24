package cn.ggw.common;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose statements PostgreSQL may prepare once and plan once for any parameters (a server-prepared statement
 * from its fifth use on a connection, pgjdbc's default), instead of parsing and planning each call: for the hot,
 * fixed-shape reads whose generic plan is as narrow as a custom one (by primary key, by parent and scope, a subtree
 * bounded by its root's path). Every other statement is planned for its own parameters ({@code prepareThreshold=0} in
 * application.properties): the period and subtree aggregates of the figures would otherwise get one plan for a village
 * and for the province alike. {@code ServerPreparedStatementsTest} proves both sides. Measure at scale before marking
 * a read: the 五老 list's generic plan served a township's first page at 8 requests/s instead of 571 at 1,000,000
 * people (bench/registry.sh).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PreparedOnServer {
}
