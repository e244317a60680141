import Dispatch

/// A value computed on another thread while the caller goes on, waited for when it is
/// needed: the end of a load, when one core would otherwise idle, builds the corpus's
/// relation index beside the checks.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once on the worker before `leave`, read after `wait`.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            self.value = work()
            self.group.leave()
        }
    }

    /// The value, once it is computed.
    func wait() -> Value {
        group.wait()
        return value!
    }
}
