package cn.ggw.security;

/** Fired when units were created, moved, renamed or (de)activated: cached scope roots are stale. */
public record ScopeChanged() {
}
