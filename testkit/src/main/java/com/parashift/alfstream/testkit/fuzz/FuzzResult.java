package com.parashift.alfstream.testkit.fuzz;

/**
 * What one seed of the fuzz did.
 *
 * @param operations     actions attempted
 * @param rounds         rounds, each ending in quiescence and an oracle check
 * @param vanished       actions not made because their node had gone meanwhile (deleted by the other side)
 * @param conflictCopies conflict copies at the end, the same on both sides
 * @param deletesKept    deletes that did not hold because the node was changed concurrently (modify beats delete)
 * @param millis         how long it took
 */
public record FuzzResult(int operations, int rounds, int vanished, int conflictCopies, int deletesKept, long millis) {
}
