import DebateMap
import Foundation
import Testing
import TestSupport

/// The real files of Argdown's own repository (its `examples/` and the parser's test files in
/// `packages/argdown-core/test/`) open without error and show their statements, arguments
/// and relations. They are not ours to ship: the test reads a fetched snapshot of
/// github:argdown/argdown (a git directory, `$ARGDOWN_REPO` or the search tool's mirror) and
/// is skipped where there is none, as on CI.
struct ArgdownRepositoryTests {
    static let gitDirectory: String? = {
        let candidates = [ProcessInfo.processInfo.environment["ARGDOWN_REPO"], "/work/.mirror/argdown+argdown/repo"].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/HEAD") || FileManager.default.fileExists(atPath: $0 + "/.git") }
    }()

    static func git(_ arguments: [String]) -> String? {
        guard let directory = gitDirectory else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--git-dir", FileManager.default.fileExists(atPath: directory + "/.git") ? directory + "/.git" : directory] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    static var files: [String] {
        (git(["ls-tree", "-r", "--name-only", "HEAD"]) ?? "").split(separator: "\n").map(String.init).filter {
            ($0.hasPrefix("examples/") || $0.hasPrefix("packages/argdown-core/test/")) && ($0.hasSuffix(".argdown") || $0.hasSuffix(".ad"))
        }
    }

    /// The text without `<!-- … -->` and `/* … */` comments and `//` comment lines.
    static func withoutComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("<!--") || rest.hasPrefix("/*") {
                let close = rest.hasPrefix("<!--") ? "-->" : "*/"
                guard let end = rest.firstRange(of: close) else { break }
                rest = rest[end.upperBound...]
            } else {
                out.append(rest.removeFirst())
            }
        }
        return out.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop { $0 == " " }.hasPrefix("//") }.joined(separator: "\n")
    }

    @Test(.enabled(if: gitDirectory != nil, "no snapshot of github:argdown/argdown here (set ARGDOWN_REPO to a git directory of it)"))
    func everyArgdownFileOpens() throws {
        let files = ArgdownRepositoryTests.files
        #expect(files.count >= 30)
        for file in files {
            let text = try #require(ArgdownRepositoryTests.git(["show", "HEAD:" + file]))
            let result = CorpusLoader.load(paths: [file], source: MemorySource(files: [file: Array(text.utf8)]))
            #expect(!result.hasErrors, "\(file): \(result.diagnostics.filter { $0.severity == .error }.map(\.headline))")
            let corpus = result.corpus
            // Every title defined in the file (outside comments) is a claim.
            for line in ArgdownRepositoryTests.withoutComments(text).split(separator: "\n", omittingEmptySubsequences: false) {
                var rest = line.drop { $0 == " " || $0 == "\t" }
                for marker in ["<+ ", "<- ", "+> ", "-> ", ">< ", "<_ ", "_> ", "+ ", "- ", "_ "] where rest.hasPrefix(marker) { rest = rest.dropFirst(marker.count) }
                if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...].drop { $0 == " " } }
                guard let open = rest.first, open == "[" || open == "<", !rest.hasPrefix("<!--"),
                      let close = rest.firstIndex(of: open == "[" ? "]" : ">"),
                      rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == ":" else { continue }
                let title = String(rest[rest.index(after: rest.startIndex)..<close])
                #expect(corpus.claims.contains { $0.title == title }, "\(file): `\(title)` is not shown")
            }
            // Relation lines make relations; every claim stands in the tree.
            let relationLines = text.split(separator: "\n").filter { line in
                let t = line.drop { $0 == " " || $0 == "\t" }
                return ["+ ", "- ", "<+ ", "<- ", "+> ", "-> ", ">< "].contains { t.hasPrefix($0) }
            }
            if relationLines.count > 1 { #expect(!corpus.relations.isEmpty, "\(file): no relations") }
            let shown = corpus.positions.indices.reduce(0) { $0 + corpus.claims(ofPosition: $1).count }
            #expect(shown == corpus.claims.count, "\(file): claims outside the tree")
            // And the Argdown export reads back to the same claims and relations.
            let again = CorpusLoader.load(paths: ["again/" + PathName.fileName(file)],
                                          source: MemorySource(files: ["again/" + PathName.fileName(file): Array(ArgdownWriter(corpus: corpus).write().utf8)]))
            #expect(!again.hasErrors, "\(file): the export does not read back")
            #expect(FormatFixtures.signature(again.corpus, metadata: false) == FormatFixtures.signature(corpus, metadata: false), "\(file): the export reads back differently")
        }
    }
}
