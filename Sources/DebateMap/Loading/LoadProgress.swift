import Foundation

/// How far a load has got, for a reader waiting on a large corpus: files read of how many,
/// claims read so far, and the fraction done (by files, and within a large imported file by
/// its lines). The loader writes it as it goes; another thread reads `snapshot` to draw a
/// bar. Writes are a few per file (and one per 64K lines of a Kialo export), so a lock costs
/// nothing measurable.
public final class LoadProgress: @unchecked Sendable {
    /// What has been read at one moment.
    public struct Snapshot: Equatable, Sendable {
        public var files = 0
        public var filesDone = 0
        /// The claims of the files read.
        public var claimsDone = 0
        /// The claims found so far in the file being read.
        public var claimsInFile = 0
        /// How far into the file being read (0 at its start), for a bar that moves within it.
        public var withinFile = 0.0
        /// The bytes of all the files, of those read, and of the file being read (0 when the
        /// sizes are not known: the bar then counts files).
        public var bytes = 0
        public var bytesDone = 0
        public var bytesInFile = 0

        public var claims: Int { claimsDone + claimsInFile }

        /// 0 to 1: by bytes where the sizes are known, so that one large file among many
        /// small ones is most of the bar; else by files.
        public var fraction: Double {
            let within = min(max(withinFile, 0), 1)
            if bytes > 0 { return min(1, (Double(bytesDone) + within * Double(bytesInFile)) / Double(bytes)) }
            guard files > 0 else { return 0 }
            return min(1, (Double(filesDone) + within) / Double(files))
        }

        /// One line for a terminal `width` columns wide: "reading 2 of 3 files · 120,344
        /// claims  ▕██████▌   ▏ 42%", then "indexing 1,050,012 claims" once every file is
        /// read; narrower, without the bar, then shorter words ("2/3 files · 120,344 claims").
        public func line(width: Int, ascii: Bool = false) -> String {
            let percent = "\(Int(fraction * 100))%"
            let claimCount = "\(Self.grouped(claims)) claim\(claims == 1 ? "" : "s")"
            let reading = filesDone < files
            let counts = reading ? "reading \(filesDone + 1) of \(files) file\(files == 1 ? "" : "s") · \(claimCount)" : "indexing \(claimCount)"
            let barWidth = min(30, width - DisplayWidth.of(counts) - percent.count - 6)
            if barWidth >= 5 { return counts + "  " + bar(width: barWidth, ascii: ascii) + " " + percent }
            let short = (reading ? "\(filesDone + 1)/\(files) files · " : "indexing ") + claimCount
            for candidate in [counts, reading ? short + " · " + percent : short, short] where DisplayWidth.of(candidate) < width {
                return candidate
            }
            return String(short.prefix(max(0, width - 1)))
        }

        /// A bar `width` cells wide between its ends, filled to `fraction` in eighths of a cell.
        func bar(width: Int, ascii: Bool) -> String {
            let eighths = Int(fraction * Double(width * 8))
            if ascii {
                let full = eighths / 8
                return "[" + String(repeating: "#", count: full) + String(repeating: ".", count: width - full) + "]"
            }
            let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            var out = String(repeating: "█", count: eighths / 8)
            if eighths / 8 < width { out += partial[eighths % 8] + String(repeating: " ", count: width - eighths / 8 - (eighths % 8 > 0 ? 1 : 0)) }
            return "▕" + out + "▏"
        }

        static func grouped(_ n: Int) -> String {
            n.formatted(.number.locale(Locale(identifier: "en_US")))
        }
    }

    private let lock = NSLock()
    private var state = Snapshot()

    public init() {}

    /// A progress at a given point, for tests and previews.
    init(_ state: Snapshot) { self.state = state }

    public var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return state
    }

    /// The load has found its files, of `bytes` bytes in all (0 if not known).
    func begin(files: Int, bytes: Int = 0) {
        update {
            $0.files = files
            $0.bytes = bytes
        }
    }

    /// A file of `bytes` bytes is read, with `claims` more claims.
    func fileDone(claims: Int, bytes: Int = 0) {
        update {
            $0.filesDone = min($0.files, $0.filesDone + 1)
            $0.claimsDone += claims
            $0.bytesDone += bytes
            $0.claimsInFile = 0
            $0.withinFile = 0
            $0.bytesInFile = 0
        }
    }

    /// How far into the file being read (of `bytes` bytes), and how many claims it has given
    /// so far.
    func within(_ fraction: Double, claims: Int, of bytes: Int) {
        update {
            $0.withinFile = fraction
            $0.claimsInFile = claims
            $0.bytesInFile = bytes
        }
    }

    private func update(_ change: (inout Snapshot) -> Void) {
        lock.lock()
        change(&state)
        lock.unlock()
    }
}
