import Yams

/// An essay map's front matter, read and checked: the essay's metadata and where its text is.
struct EssayMetadata {
    static let requiredKeys = ["id", "title", "author", "outlet", "published", "url", "text"]
    static let knownKeys = Set(requiredKeys + ["label", "sha256", "furniture"])

    var id = ""
    var title = Essay.unknown
    var author = Essay.unknown
    var outlet = Essay.unknown
    var published = Essay.unknown
    var url = Essay.unknown
    var label: String?
    var text = ""
    var textLocation: SourceLocation
    var sha256: String?
    var sha256Location: SourceLocation?
    var furniture: [(range: Furniture, text: String?, location: SourceLocation)] = []
    var location: SourceLocation

    static func read(_ frontMatter: ArgdownDocument.FrontMatter) -> (EssayMetadata?, [Diagnostic]) {
        let loc = frontMatter.location
        let reader = YAMLReader(file: loc.file, lineOffset: loc.line)
        let (node, yamlDiagnostics) = reader.compose(frontMatter.yaml)
        var diagnostics = yamlDiagnostics
        guard yamlDiagnostics.isEmpty else { return (nil, diagnostics) }
        guard let mapping = node?.mapping else {
            diagnostics.append(.error("the front matter must be a YAML mapping of the essay's metadata (`id`, `title`, …)", at: loc))
            return (nil, diagnostics)
        }
        var meta = EssayMetadata(textLocation: loc, location: loc)
        for (key, value) in mapping {
            let name = key.string ?? ""
            let valueLoc = reader.location(of: value)
            if !knownKeys.contains(name) {
                let near = Closest.names(to: name, in: Array(knownKeys))
                diagnostics.append(.warning("unknown metadata key `\(name)`", at: reader.location(of: key),
                                            notes: near.isEmpty ? [] : ["did you mean `\(near[0])`?"]))
                continue
            }
            if name == "furniture" {
                meta.readFurniture(value, reader: reader, into: &diagnostics)
                continue
            }
            guard let string = value.scalar?.string else {
                diagnostics.append(.error("`\(name)` must be a single value", at: valueLoc))
                continue
            }
            switch name {
            case "id":
                meta.id = string
                if !Identifier.isValid(string) {
                    diagnostics.append(.error("the essay id `\(string)` may hold only lowercase letters, digits and `-`", at: valueLoc))
                }
            case "title": meta.title = string
            case "author": meta.author = string
            case "outlet": meta.outlet = string
            case "published":
                meta.published = string
                if string != Essay.unknown && !isDate(string) {
                    diagnostics.append(.error("`published` must be YYYY-MM-DD, YYYY-MM, YYYY or `unknown`, not `\(string)`", at: valueLoc))
                }
            case "url": meta.url = string
            case "label": meta.label = string
            case "text":
                meta.text = string
                meta.textLocation = valueLoc
            case "sha256":
                meta.sha256 = string.lowercased()
                meta.sha256Location = valueLoc
            default: break
            }
        }
        let present = Set(mapping.keys.compactMap(\.string))
        let missing = requiredKeys.filter { !present.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(.error("missing required metadata: \(missing.map { "`\($0)`" }.joined(separator: ", "))", at: loc,
                                      notes: ["write `unknown` for what the text does not give"]))
        }
        if !present.contains("id") || !present.contains("text") { return (nil, diagnostics) }
        return (meta, diagnostics)
    }

    mutating func readFurniture(_ node: Node, reader: YAMLReader, into diagnostics: inout [Diagnostic]) {
        guard let list = node.sequence else {
            diagnostics.append(.error("`furniture` must be a list of `{start, end, what}`", at: reader.location(of: node)))
            return
        }
        for item in list {
            let loc = reader.location(of: item)
            guard let entry = item.mapping,
                  let start = entry["start"]?.int, let end = entry["end"]?.int else {
                diagnostics.append(.error("a furniture entry needs integer `start` and `end`", at: loc))
                continue
            }
            guard start >= 0, start < end else {
                diagnostics.append(.error("a furniture range needs 0 ≤ start < end, not \(start)..<\(end)", at: loc))
                continue
            }
            let what = entry["what"]?.string ?? "page furniture"
            furniture.append((Furniture(start: start, end: end, what: what), entry["text"]?.string, loc))
        }
    }

    static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        for (k, p) in parts.enumerated() {
            guard p.allSatisfy(\.isASCII), let v = Int(p) else { return false }
            if k > 0 && (p.count != 2 || v < 1 || v > (k == 1 ? 12 : 31)) { return false }
        }
        return true
    }
}
