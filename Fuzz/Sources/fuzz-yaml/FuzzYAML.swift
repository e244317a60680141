import DebateMap
import FuzzSupport

/// Front matter, inline data `{…}` and corpus.yaml, through the whole loader: the input is an
/// essay map (YAML front matter, headings with inline data) next to a corpus.yaml and essay
/// texts, and it is also read as the corpus.yaml of a valid map. Everything printed about
/// the result must be safe for a terminal.
/// (In a folder `c`: the memory source has no files at its top.)
let essays: [String: [UInt8]] = [
    "c/essays/a.txt": Array("The harbour should be dredged. It costs too much. Ferries matter.\n".utf8),
    "c/essays/mueller.txt": Array("Dredging the harbour is the only way to keep the port open.\n".utf8),
    "c/essays/petrov.txt": Array("The harbour can wait; the ferries cannot.\n".utf8),
]
let corpusYAML = Array("""
    title: Fuzz
    topics:
      - id: dredge
        title: Dredging
        question: Should the harbour be dredged?
      - id: ferries
        question: Should the ferries run at night?

    """.utf8)
let validMap = Array("""
    ===
    id: a
    title: A
    author: unknown
    outlet: unknown
    published: 2024
    url: unknown
    text: ../essays/a.txt
    ===

    # Dredging {topic: dredge, stance: for, summary: "Yes."}

    [A: dredge]: Dredge it. {quote: "The harbour should be dredged."}
      - [A: cost]: It costs too much. {quote: "It costs too much."}

    """.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    // The input as a map.
    var files = essays
    files["c/corpus.yaml"] = corpusYAML
    files["c/maps/fuzz.argdown"] = bytes
    FuzzSupport.exerciseOutputs(CorpusLoader.load(paths: ["c"], source: MemorySource(files: files)))
    // The input as corpus.yaml.
    files = essays
    files["c/corpus.yaml"] = bytes
    files["c/maps/a.argdown"] = validMap
    FuzzSupport.exerciseOutputs(CorpusLoader.load(paths: ["c"], source: MemorySource(files: files)))
    return 0
}
