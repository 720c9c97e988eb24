package cn.ggw.hierarchy;

/**
 * Implemented by each feature that copies its unit's path onto its rows: when a subtree moves,
 * its rows get the new path in the same transaction.
 */
public interface SubtreeMoveListener {

    void subtreeMoved(String oldPath, String newPath);
}
