import ArgumentParser
import DebateMap

/// Resolves an id given on the command line, or fails with the closest ids (status 2).
enum IDLookup {
    static func resolve(_ id: String, in corpus: Corpus) throws -> CorpusTarget {
        switch CorpusTarget.resolve(id, in: corpus) {
        case .success(let target): return target
        case .failure(let unknown): throw ValidationError(unknown.message)
        }
    }

    static func claim(_ id: String, in corpus: Corpus) throws -> Int {
        switch try resolve(id, in: corpus) {
        case .claim(let c): return c
        default: throw ValidationError("`\(id)` is not a claim; `debatemap show \(id)` shows what it is")
        }
    }
}
