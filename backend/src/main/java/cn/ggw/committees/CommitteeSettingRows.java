package cn.ggw.committees;

import cn.ggw.fleet.KeptTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Every committee setting row (unit id, path, vacancy-overdue days, when, by whom), read by every committee screen to
 * find the nearest setting above a unit; kept in each replica's memory between changes ({@link KeptTable}).
 */
@ApplicationScoped
public class CommitteeSettingRows extends KeptTable<List<Object[]>> {

    @Inject
    CommitteeRepository committees;

    @Override
    public String cacheName() {
        return "committee-settings";
    }

    @Override
    protected List<Object[]> load() {
        return List.copyOf(committees.settings());
    }
}
