import DebateMap
import Foundation

/// The seed corpus of the repository's `data/` folder, compiled into the binary so that
/// `debatemap` works from any directory and after the binary is copied elsewhere.
public enum SeedCorpus {
    /// The folder name the embedded paths start with, as in diagnostics: "data/maps/…".
    public static let root = "data"

    /// The embedded files, decoded once.
    public static let source: MemorySource = {
        var files: [String: [UInt8]] = [:]
        for (path, base64) in EmbeddedFiles.files {
            files[path] = Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
        }
        return MemorySource(files: files)
    }()

    /// Loads and checks the embedded corpus.
    public static func load() -> LoadResult {
        CorpusLoader.load(paths: [root], source: source)
    }
}
