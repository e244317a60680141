import DebateMap
import Foundation

/// Taking a claim out of the browser: `y` copies it with its quote and citation, `Y` its id
/// (for `debatemap show`), `s` opens the file that defines it in the reader's editor at its
/// line. They go out as requests to the terminal (`TerminalRequest`).
extension Browser {
    /// The requests made since the last call, in order; the run loop carries them out.
    public mutating func takeRequests() -> [TerminalRequest] {
        defer { requests.removeAll() }
        return requests
    }

    mutating func copySelected() {
        switch selectedNode {
        case .claim?:
            guard let c = selectedClaim else { return }
            let citation = Citation(corpus: corpus, claim: c)
            requests.append(.copy(citation.plain))
            let what = corpus.claims[c].quote != nil ? "claim with quote and citation" : "claim with citation"
            status = "copied: \(what)"
        case .position(let p)?:
            let position = corpus.positions[p]
            let essay = corpus.essays[position.essay]
            var text = "\(corpus.topics[position.topic].question)\n\(position.stance.rawValue.uppercased()): \(position.summary)"
            if let reference = Citation.reference(essay) { text += "\n— " + reference }
            requests.append(.copy(SafeText.clean(text, keepNewlines: true)))
            status = "copied: position with citation"
        default:
            status = "y copies a claim or a position: select one"
        }
    }

    mutating func copySelectedID() {
        guard let id = selectedID else { status = "Y copies the id of the row: this one has none"; return }
        requests.append(.copy(SafeText.clean(id)))
        status = "copied: id \(safe(id))"
    }

    /// The id `debatemap show` takes for the selected row.
    var selectedID: String? {
        switch selectedNode {
        case .claim?: return selectedClaim.map { corpus.claims[$0].id }
        case .position(let p)?:
            let position = corpus.positions[p]
            return corpus.essays[position.essay].id + "/" + corpus.topics[position.topic].id
        case .topic(let t)?: return corpus.topics[t].id
        case .essay(let e)?: return corpus.essays[e].id
        case nil: return nil
        }
    }

    /// Asks for the selected claim's defining line in the editor; says why not when there is
    /// no file on disk to open (the built-in corpus lives inside the binary).
    mutating func openSource() {
        guard let c = selectedClaim ?? selectedNode.flatMap({ node -> Int? in
            if case .position(let p) = node { return corpus.claims(ofPosition: p).first }
            return nil
        }) else {
            status = "s opens a claim's source: select a claim"
            return
        }
        guard let location = corpus.claims[c].location else {
            status = "this claim has no source line"
            return
        }
        guard FileManager.default.fileExists(atPath: location.file) else {
            status = "no file \(safe(location.file)) here to open (the built-in corpus is inside debatemap: run it with --data on a folder)"
            return
        }
        requests.append(.edit(path: location.file, line: location.line))
        status = nil
    }
}
