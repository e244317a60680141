/// Where `o` is in the opponents of the claim it started from: pressed again without moving,
/// it goes to the next of them, cycling; `[` goes back to `origin` in one step.
struct OpponentCycle: Sendable, Hashable {
    var origin: Int
    var index: Int
    var target: Int
}
