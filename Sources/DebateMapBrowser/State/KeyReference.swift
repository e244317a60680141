import DebateMap

/// The browser's keys written out view by view, from the same `KeyTable` the input code and the
/// help overlay use: as aligned text for `debatemap keys`, or as Markdown tables for the README.
public enum KeyReference {
    /// The views in the order a reader meets them.
    public static let modes: [Mode] = [.tree, .search, .filter, .picker, .versus, .clashes, .reader, .matrix, .documents, .problems, .help]

    /// One block per view: its name, then each key and what it does.
    public static func text(_ keys: KeyTable = .standard) -> String {
        var out = ""
        for mode in modes {
            let bindings = keys.help(for: mode)
            let width = bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
            out += heading(mode) + "\n"
            for binding in bindings {
                let pad = String(repeating: " ", count: width - DisplayWidth.of(binding.label))
                out += "  " + binding.label + pad + "  " + binding.description + "\n"
            }
            out += "\n"
        }
        return String(out.dropLast())
    }

    /// One Markdown table per view, under a bold title.
    public static func markdown(_ keys: KeyTable = .standard) -> String {
        var out: [String] = []
        for mode in modes {
            var lines = ["**" + heading(mode) + "**", "", "| key | does |", "|---|---|"]
            for binding in keys.help(for: mode) {
                let keys = binding.label.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                lines.append("| \(keys) | \(binding.description) |")
            }
            out.append(lines.joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    static func heading(_ mode: Mode) -> String {
        switch mode {
        case .tree: return "Tree"
        case .search: return "Search prompt (/)"
        case .filter: return "Filter prompt (&)"
        case .picker: return "Opposing claims picker (O)"
        case .versus: return "Versus (v)"
        case .reader: return "Reader (r)"
        case .matrix: return "Matrix (m)"
        case .clashes: return "Clashes (x)"
        case .problems: return "Problems (!)"
        case .documents: return "Documents (m, over imported files)"
        case .help: return "Help (?)"
        }
    }
}
