/// What the benchmark measured at one corpus size; written as JSON with `--json`.
struct Figures: Codable {
    var claims: Int
    var essays: Int
    var mapBytes: Int
    var textBytes: Int
    /// Reading the maps and texts from disk, seconds (the floor).
    var readSeconds: Double
    var readMBps: Double
    /// Parsing the map files (lexer + parser), seconds and MB/s of map bytes.
    var parseSeconds: Double
    var parseMBps: Double
    /// The same parse with the files split over every core, as the loader parses them.
    var parseAllCoresSeconds: Double
    var parseAllCoresMBps: Double
    /// Foundation's JSONDecoder on the same corpus exported as JSON, into plain structs.
    var jsonBytes: Int
    var jsonDecodeSeconds: Double
    var jsonDecodeMBps: Double
    /// Parse speed over read speed, and over JSONDecoder speed.
    var parseToReadRatio: Double
    var parseToJSONRatio: Double
    /// The parse on every core over JSONDecoder speed (which decodes one document on one core).
    var parseAllCoresToJSONRatio: Double
    /// Reading, parsing, resolving, checking and indexing from disk, seconds.
    var loadSeconds: Double
    /// From a loaded corpus to the first rendered 80×24 screen, seconds.
    var firstScreenSeconds: Double
    /// Per keypress (update + render at 80×24), milliseconds: p50 and p99 per action.
    var keypress: [String: Latency]
    /// Memory of a process that loaded the corpus, bytes.
    var peakResidentBytes: Int
    var bytesPerClaim: Double
}

/// p50 and p99 latency in milliseconds, over `samples` keypresses.
struct Latency: Codable {
    var p50: Double
    var p99: Double
    var samples: Int
}

/// A whole benchmark run: the machine, the process-level figures and each size.
struct Report: Codable {
    var machine: String
    var date: String
    var quick: Bool
    /// `debatemap list` on the seed corpus, process start to exit, median seconds.
    var listProcessSeconds: Double?
    /// The same with the self-contained binary (`--static-swift-stdlib`), when it was built.
    var listStaticProcessSeconds: Double?
    /// `/bin/true`, process start to exit: the floor of any process on this machine.
    var emptyProcessSeconds: Double?
    /// The first screen of the seed corpus from process start, median seconds.
    var firstScreenProcessSeconds: Double?
    var sizes: [Figures]
    /// A folder of imported documents, each its own question.
    var importFolder: ImportFolderFigures?
}
