import Yams

/// What `corpus.yaml` says: the corpus's title and its topics.
struct CorpusDefinition {
    var title: String
    var topics: [Topic]
    var topicLocations: [SourceLocation]

    /// Reads `corpus.yaml`, reporting every problem.
    static func read(_ bytes: [UInt8], file: String) -> (CorpusDefinition, [Diagnostic]) {
        var definition = CorpusDefinition(title: "", topics: [], topicLocations: [])
        let top = SourceLocation(file: file, line: 1, column: 1)
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            return (definition, [.error("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                                        at: SourceLocation(ofByte: bad, in: bytes, file: file))])
        }
        let reader = YAMLReader(file: file, lineOffset: 0)
        let (node, yamlDiagnostics) = reader.compose(String(decoding: bytes, as: UTF8.self))
        var diagnostics = yamlDiagnostics
        guard let node else {
            if diagnostics.isEmpty { diagnostics.append(.error("the corpus file is empty: it needs `title` and `topics`", at: top)) }
            return (definition, diagnostics)
        }
        guard let mapping = node.mapping else {
            return (definition, [.error("the corpus file must be a mapping with `title` and `topics`", at: reader.location(of: node))])
        }
        definition.title = mapping["title"]?.string ?? ""
        if definition.title.isEmpty { diagnostics.append(.warning("the corpus has no `title`", at: top)) }
        guard let topics = mapping["topics"] else {
            diagnostics.append(.error("the corpus file has no `topics`", at: top))
            return (definition, diagnostics)
        }
        guard let list = topics.sequence else {
            diagnostics.append(.error("`topics` must be a list", at: reader.location(of: topics)))
            return (definition, diagnostics)
        }
        var seen = Set<String>()
        for item in list {
            let loc = reader.location(of: item)
            guard let topic = item.mapping else {
                diagnostics.append(.error("a topic must be a mapping with `id`, `title` and `question`", at: loc))
                continue
            }
            let id = topic["id"]?.string ?? ""
            let question = topic["question"]?.string ?? ""
            if id.isEmpty || !Identifier.isValid(id) {
                diagnostics.append(.error(id.isEmpty ? "a topic needs an `id`" : "the topic id `\(id)` may hold only lowercase letters, digits and `-`", at: loc))
                continue
            }
            guard seen.insert(id).inserted else {
                diagnostics.append(.error("the topic `\(id)` is defined twice", at: loc))
                continue
            }
            if question.isEmpty { diagnostics.append(.error("the topic `\(id)` needs a `question`", at: loc)) }
            let title = topic["title"]?.string ?? id.capitalized
            definition.topics.append(Topic(id: id, title: title, question: question))
            definition.topicLocations.append(loc)
        }
        return (definition, diagnostics)
    }
}

/// The ids of essays and topics: lowercase letters, digits and `-`.
enum Identifier {
    static func isValid(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
