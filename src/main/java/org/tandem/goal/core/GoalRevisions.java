package org.tandem.goal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tandem.goal.GoalRevisionId;
import org.tandem.shared.NotFoundException;

/**
 * A goal's revision history, oldest first. It can only grow, and the one entry that may still change is the
 * pending proposal: this is where "history is never rewritten" is enforced.
 */
record GoalRevisions(List<GoalRevision> all) {

    GoalRevisions {
        all = List.copyOf(all);
        if (all.stream().filter(GoalRevision::isPending).count() > 1) {
            throw new IllegalArgumentException("A goal has at most one pending revision");
        }
    }

    static GoalRevisions none() {
        return new GoalRevisions(List.of());
    }

    Optional<GoalRevision> pending() {
        return all.stream().filter(GoalRevision::isPending).findFirst();
    }

    GoalRevision find(GoalRevisionId id) {
        return all.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Revision", id));
    }

    /** Proposals are numbered in the order they were made, withdrawn ones included, so numbers never repeat. */
    int nextNumber() {
        return all.size() + 1;
    }

    GoalRevisions append(GoalRevision revision) {
        List<GoalRevision> grown = new ArrayList<>(all);
        grown.add(revision);
        return new GoalRevisions(grown);
    }

    /** Puts the decided version of the pending proposal in its place; nothing else can be replaced. */
    GoalRevisions deciding(GoalRevision decided) {
        GoalRevision pending = pending().filter(p -> p.id().equals(decided.id()))
                .orElseThrow(() -> new IllegalStateException("Only the pending revision can be decided"));
        List<GoalRevision> updated = new ArrayList<>(all);
        updated.set(all.indexOf(pending), decided);
        return new GoalRevisions(updated);
    }

    GoalRevisions withdrawingPending(Signature withdrawal) {
        return pending().map(p -> deciding(p.withdrawn(withdrawal))).orElse(this);
    }
}
