@testable import DebateMap
import SyntheticCorpus
import Testing

/// Tidying paths: the quick check that a path is already tidy never passes one that tidying
/// it part by part would change.
struct PathNameTests {
    @Test func examples() {
        #expect(PathName.normalize("data/maps/../essays/a.txt") == "data/essays/a.txt")
        #expect(PathName.normalize("./a//b/./c/") == "a/b/c")
        #expect(PathName.normalize("/../a") == "/a")
        #expect(PathName.normalize("") == ".")
        #expect(PathName.normalize("/") == "/")
        #expect(PathName.normalize("maps/..a/b..") == "maps/..a/b..")
        #expect(PathName.join("data/maps", "../essays/e.txt") == "data/essays/e.txt")
        #expect(PathName.fileName("data/maps/é.argdown") == "é.argdown")
        #expect(PathName.fileName("data/maps/") == "maps")
        #expect(PathName.fileName("a") == "a" && PathName.fileName("/") == "/" && PathName.fileName("") == "")
        #expect(PathName.extensionOf("maps/a.B.Argdown") == "argdown" && PathName.extensionOf("maps.d/.hidden") == "")
    }

    @Test func quickCheckAgreesWithTidyingByParts() {
        var random = SplitMix(seed: 9)
        let parts = ["a", "bc", ".", "..", "", ".a", "a.", "...", "é", "..é"]
        for _ in 0..<20_000 {
            var path = (0..<Int(random.next(in: 0...5))).map { _ in parts[Int(random.next(in: 0...UInt64(parts.count - 1)))] }.joined(separator: "/")
            if random.next(in: 0...3) == 0 { path = "/" + path }
            if random.next(in: 0...5) == 0 { path += "/" }
            let tidy = PathName.normalizeByParts(path)
            #expect(tidy == Self.tidiedBySplitting(path), "\(path)")
            #expect(PathName.normalize(path) == tidy, "\(path)")
            // It may send a tidy path the long way (`..` at the start, `.` alone), never the reverse.
            if PathName.isNormal(path) { #expect(tidy == path, "\(path)") }
        }
    }

    /// What tidying means, written the plain way: split into parts, `.` and `name/..` dropped
    /// (`..` kept at the start of a relative path, dropped at the root), joined again.
    static func tidiedBySplitting(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
