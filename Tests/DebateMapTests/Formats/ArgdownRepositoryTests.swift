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

    /// Statements, arguments and relations per file, as Argdown's own parser and model count
    /// them (`response.statements`, `response.arguments`, `response.relations`): checked by
    /// running argdown-core, built from this repository at commit 01117f6, on each file
    /// (issue 20). DebateMap agrees on every file Argdown reads without an error; the
    /// relations compared leave out the supports DebateMap draws inside a premise–conclusion
    /// structure, which Argdown keeps in the structure, not among its relations.
    static let argdownCounts: [String: (statements: Int, arguments: Int, relations: Int)] = [
        "examples/Populism-Core-Argument-Argdown-Example.argdown": (69, 27, 24),
        "examples/argdown-primer.argdown": (17, 4, 10),
        "examples/greenspan-schefczyk_hardwrap.argdown": (36, 6, 5),
        "examples/legalisation-softdrugs.argdown": (1, 17, 19),
        "examples/semmelweis_betz.argdown": (32, 10, 6),
        "examples/state-censorship.argdown": (28, 7, 4),
        "packages/argdown-core/test/intro.1.argdown": (12, 5, 7),
        "packages/argdown-core/test/intro.argdown": (12, 5, 7),
        "packages/argdown-core/test/lexer-comment.argdown": (4, 1, 1),
        "packages/argdown-core/test/lexer-emptyline-dedent.argdown": (4, 0, 2),
        "packages/argdown-core/test/lexer-emptyline.argdown": (5, 0, 1),
        "packages/argdown-core/test/lexer-escaped-chars.argdown": (1, 0, 0),
        "packages/argdown-core/test/lexer-heading.argdown": (2, 0, 0),
        "packages/argdown-core/test/lexer-indentation.argdown": (10, 0, 8),
        "packages/argdown-core/test/lexer-italic-bold.argdown": (1, 0, 0),
        "packages/argdown-core/test/lexer-linebreak.argdown": (4, 0, 3),
        "packages/argdown-core/test/lexer-links-and-tags.argdown": (1, 0, 0),
        "packages/argdown-core/test/lexer-mentions.argdown": (1, 0, 0),
        "packages/argdown-core/test/lexer-token-locations-first-line-empty.argdown": (1, 0, 0),
        "packages/argdown-core/test/lexer-token-locations.argdown": (3, 1, 2),
        "packages/argdown-core/test/lexer-trailing-emptyline.argdown": (1, 0, 0),
        "packages/argdown-core/test/lexer-windows-line-endings.argdown": (4, 1, 1),
        "packages/argdown-core/test/model-escaped-chars.argdown": (1, 0, 0),
        "packages/argdown-core/test/parser-arguments.argdown": (10, 4, 3),
        "packages/argdown-core/test/parser-mix.argdown": (29, 2, 15),
        "packages/argdown-core/test/semmelweis_betz.argdown": (33, 10, 6),
        "packages/argdown-core/test/veggie_debate.argdown": (25, 22, 58),
    ]

    /// The lexer's test files that Argdown's parser rejects (a parser error, or invalid YAML
    /// that stops its model): DebateMap reads on and warns at the place.
    static let argdownRejects: Set<String> = [
        "packages/argdown-core/test/lexer-argument.argdown", "packages/argdown-core/test/lexer-definitions-references.argdown",
        "packages/argdown-core/test/lexer-lists.argdown", "packages/argdown-core/test/lexer-relation-after-emptyline.argdown",
        "packages/argdown-core/test/lexer-relations.argdown", "packages/argdown-core/test/lexer-statements-by-number.argdown",
    ]

    /// The counts Argdown's model gives, taken from a corpus: statements (not link rows),
    /// arguments, and the relations other than the supports inside a structure (from each
    /// premise to its conclusion, from the argument to its conclusion).
    static func counts(_ corpus: Corpus) -> (statements: Int, arguments: Int, relations: Int) {
        let homes = corpus.claims.filter { $0.refersTo == nil }
        var inside = Set<[Int]>()
        for claim in corpus.claims where claim.kind == .conclusion {
            let conclusion = claim.refersTo ?? corpus.claims.firstIndex { $0.id == claim.id }!
            for child in claim.children { inside.insert([corpus.claims[child].refersTo ?? child, conclusion]) }
            if let argument = claim.parent { inside.insert([corpus.claims[argument].refersTo ?? argument, conclusion]) }
        }
        return (homes.filter { [.statement, .premise, .conclusion].contains($0.kind) }.count,
                homes.filter { $0.kind == .argument }.count,
                corpus.relations.filter { !($0.kind == .supports && inside.contains([$0.from, $0.to])) }.count)
    }

    @Test(.enabled(if: gitDirectory != nil, "no snapshot of github:argdown/argdown here (set ARGDOWN_REPO to a git directory of it)"))
    func countsAgreeWithArgdown() throws {
        let files = ArgdownRepositoryTests.files
        #expect(Set(files) == Set(ArgdownRepositoryTests.argdownCounts.keys).union(ArgdownRepositoryTests.argdownRejects))
        for file in files {
            let text = try #require(ArgdownRepositoryTests.git(["show", "HEAD:" + file]))
            let result = CorpusLoader.load(paths: [file], source: MemorySource(files: [file: Array(text.utf8)]))
            if let expected = ArgdownRepositoryTests.argdownCounts[file] {
                let found = ArgdownRepositoryTests.counts(result.corpus)
                #expect(found == expected, "\(file)")
            } else {
                #expect(result.diagnostics.contains { $0.severity == .warning }, "\(file): Argdown rejects it, and DebateMap says nothing")
            }
        }
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
