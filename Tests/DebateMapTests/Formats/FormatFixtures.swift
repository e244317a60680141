import DebateMap
import Foundation
import TestSupport

/// The fixtures of every format under Tests/TestSupport/Fixtures/formats, and a way to
/// compare two corpora by what they say rather than by indices and ids.
enum FormatFixtures {
    static let directory = Fixtures.directory + "/formats"

    static func path(_ relative: String) -> String { directory + "/" + relative }

    static func load(_ relative: String, format: InputFormat? = nil) -> LoadResult {
        CorpusLoader.load(paths: [path(relative)], format: format)
    }

    /// Every fixture file of every format.
    static var all: [String] {
        ["argdown/library.argdown", "argdown/awkward.argdown",
         "kialo/tram-flat.txt", "kialo/tram-indented.txt", "kialo/broken.txt",
         "aif/harbour-nodeset.json", "aif/fares-ova.json", "aif/broken.json"]
    }

    /// Loads files given as text, at the given paths, from memory.
    static func memory(_ files: [String: String], format: InputFormat? = nil) -> LoadResult {
        let source = MemorySource(files: files.mapValues { Array($0.utf8) })
        return CorpusLoader.load(paths: files.keys.sorted(), source: source, format: format)
    }

    static func messages(_ result: LoadResult) -> [String] {
        result.diagnostics.map { d in
            let place = d.location.map { "\(PathName.fileName($0.file)):\($0.line):\($0.column): " } ?? ""
            return place + d.severity.rawValue + ": " + d.message
        }
    }

    /// What a corpus says, as lines: essays, topics, positions with their claim trees, and the
    /// relations. Untitled statements are named by their text, since their numbers depend on
    /// the order files are read in. Rows with no relation to their parent under a claim (AIF
    /// rephrases) are left out when `rephrases` is false, since Argdown cannot write them.
    static func signature(_ corpus: Corpus, metadata: Bool = true, rephrases: Bool = true) -> [String] {
        func name(_ c: Int) -> String {
            let claim = corpus.claims[corpus.claims[c].refersTo ?? c]
            let untitled = claim.title.hasPrefix("Untitled ") && claim.title.dropFirst(9).allSatisfy(\.isNumber)
            return untitled ? "(\(claim.kind.rawValue)) " + claim.text : claim.title
        }
        var lines: [String] = []
        for essay in corpus.essays {
            lines.append(metadata ? "essay \(essay.id) | \(essay.title) | \(essay.author) | \(essay.outlet) | \(essay.published) | \(essay.url) | \(essay.label) | \(essay.textPath)"
                                  : "essay \(essay.title)")
        }
        for topic in corpus.topics where metadata { lines.append("topic \(topic.id) | \(topic.title) | \(topic.question)") }
        for p in corpus.positions.indices {
            let position = corpus.positions[p]
            let generalDocument = corpus.essays[position.essay].textPath.isEmpty
            if position.stance == .silent && position.mainClaim == nil && !metadata { continue }
            lines.append("position \(metadata ? corpus.positionID(p) : corpus.essays[position.essay].title) \(position.stance.rawValue) \(generalDocument ? "" : position.summary)")
            guard let root = position.mainClaim else { continue }
            var stack = [(root, 1)]
            while let (c, depth) = stack.popLast() {
                let claim = corpus.claims[c]
                if !rephrases, claim.refersTo != nil, claim.link == nil, let parent = claim.parent, corpus.claims[parent].kind != .group { continue }
                // An imported document's quotes are found in its passage, which an Argdown
                // export does not carry (docs/formats.md): not part of what must survive it.
                let quote = generalDocument ? "-" : claim.quote.map { "\"\($0.text)\"@\($0.start)" } ?? "-"
                lines.append(String(repeating: "  ", count: depth) + "\(claim.kind.rawValue) \(claim.link?.rawValue ?? "·") \(name(c)) | \(claim.text) | \(quote) | \(claim.tags.sorted()) | \(claim.source ?? "-") | \(claim.inferenceRule ?? "-") | \(claim.refersTo != nil ? "link" : "home")")
                stack += claim.children.reversed().map { ($0, depth + 1) }
            }
        }
        let relations = Set(corpus.relations.map { "relation \(name($0.from)) \($0.kind.rawValue)\($0.isUndercut ? " (undercut)" : "") \(name($0.to))" })
        return lines + relations.sorted()
    }
}
