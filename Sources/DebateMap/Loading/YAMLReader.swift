import Yams

/// Reads YAML (front matter, `corpus.yaml`) with Yams into nodes that keep their locations,
/// and turns Yams errors into diagnostics at the right line of the file they came from.
struct YAMLReader {
    let file: String
    /// The file line of the YAML's first line, minus one.
    let lineOffset: Int

    func compose(_ yaml: String) -> (Node?, [Diagnostic]) {
        do {
            return (try Yams.compose(yaml: yaml), [])
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error)])
        } catch {
            return (nil, [.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1, column: 1))])
        }
    }

    func diagnostic(for error: YamlError) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: lineOffset + mark.line, column: mark.column) }
        let top = SourceLocation(file: file, line: lineOffset + 1, column: 1)
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let message = context.map { "\(problem) (\($0.text))" } ?? problem
            return .error("YAML: \(message)", at: at(mark))
        case .reader(let problem, let offset, _, let yaml):
            return .error("YAML: \(problem)", at: offset.map { location(ofByte: $0, in: yaml) } ?? top)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("YAML: the key `\(duplicates.joined(separator: "`, `"))` is given twice", at: at(context.mark))
        default:
            return .error("YAML: \(error)", at: top)
        }
    }

    /// The line and column of byte `offset` of `yaml` (where the reader stopped), clamped to
    /// its end.
    func location(ofByte offset: Int, in yaml: String) -> SourceLocation {
        let bytes = Array(yaml.utf8.prefix(max(0, offset)))
        let lineStart = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
        let line = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        let column = bytes[lineStart...].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
        return SourceLocation(file: file, line: lineOffset + line, column: column)
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: lineOffset + mark.line, column: mark.column)
    }
}
