import DebateMap
import DebateMapBrowser
import Foundation

/// The browser over files it follows (`debatemap talk.argdown`, `--data DIR`): about once a
/// second, while no key is coming, it looks whether they changed on disk; if so it reads them
/// again on another thread, keys still handled meanwhile, and shows the new read where the
/// reader was (`Browser.reloaded`). A file caught half-written is read again when it changes
/// again. After the editor (`s`) returns, it looks at once.
public struct FollowedBrowser: TerminalApp {
    public private(set) var browser: Browser
    let load: @Sendable () -> LoadResult
    var watch: FileWatch
    let interval: Duration
    var lastLook = ContinuousClock.now
    var reading: Reading?
    /// The browser as the reader left it before the reads since their last key: each read
    /// is shown from it, so a claim missing from a file caught half-written is selected
    /// again once the file is whole.
    var beforeReads: Browser?

    /// A read under way on another thread, and its result once there.
    final class Reading: @unchecked Sendable {
        private let lock = NSLock()
        private var result: LoadResult?

        init(_ load: @escaping @Sendable () -> LoadResult) {
            Thread.detachNewThread { [self] in
                let loaded = load()
                lock.withLock { result = loaded }
            }
        }

        func take() -> LoadResult? { lock.withLock { result } }
    }

    /// Follows `paths` (files and folders), reading them with `load` when they change.
    public init(_ browser: Browser, following paths: [String], interval: Duration = .seconds(1), load: @escaping @Sendable () -> LoadResult) {
        self.browser = browser
        self.load = load
        self.interval = interval
        watch = FileWatch(paths: paths)
    }

    public mutating func handle(_ key: Key) -> Bool {
        if case .resize = key { beforeReads?.handle(key) } else { beforeReads = nil }
        return browser.handle(key)
    }
    public func render(width: Int, height: Int) -> Screen { browser.render(width: width, height: height) }
    public var hasWorkBetweenKeys: Bool { browser.hasWorkBetweenKeys }
    public mutating func workBetweenKeys() { browser.workBetweenKeys() }
    public mutating func takeRequests() -> [TerminalRequest] { browser.takeRequests() }

    public mutating func finished(_ request: TerminalRequest, status: Int32) {
        guard case .edit = request else { return }
        look()
    }

    public mutating func idle() -> Bool {
        if let read = reading?.take() {
            reading = nil
            let base = beforeReads ?? browser
            beforeReads = base
            browser = base.reloaded(with: read.corpus, problems: Problems(read.diagnostics, sources: read.sources))
            // Changed again while it was read (still being written): read again.
            look()
            return true
        }
        if ContinuousClock.now - lastLook >= interval { look() }
        return false
    }

    /// Looks at the files now; starts a read when they changed and none is under way.
    mutating func look() {
        lastLook = ContinuousClock.now
        guard reading == nil, watch.changed() else { return }
        reading = Reading(load)
    }
}
