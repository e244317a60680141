import DebateMap
import DebateMapBrowser
import Foundation
import TOMLKit

/// The configuration file, `$XDG_CONFIG_HOME/debatemap/config.toml` (`~/.config/…` when
/// the variable is unset): the browser's theme and any keys rebound (docs/config.md).
///
///     theme = "colour-blind"        # standard, colour-blind or monochrome
///     [keys]
///     down = ["j", "Down", "Ctrl-n"]
///     jump_to_opponent = "Tab"
///
/// A file with an error is reported as compilers report (`file:line:column: error:`) and
/// the defaults are used instead of any of it; no file is the defaults, silently.
struct ConfigFile {
    var theme: Theme = .standard
    var keys: KeyTable = .standard
    var diagnostics: [Diagnostic] = []
    /// Where it was read from, and its bytes (for the diagnostics' source lines).
    var path: String?
    var bytes: [UInt8] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Says on standard error what is wrong with the file, as compilers say it, and that the
    /// defaults are used.
    func report() {
        guard let path, !diagnostics.isEmpty else { return }
        Output.error(DiagnosticPrinter(sources: [path: bytes]).format(diagnostics))
        if hasErrors { Output.error("debatemap: \(path) has errors: the default keys and theme are used") }
    }

    /// The file's place for this environment.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/debatemap/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/debatemap/config.toml"
    }

    /// The configuration in force: the file's, or the defaults.
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> ConfigFile {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else { return ConfigFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            return ConfigFile(diagnostics: [.error("cannot read the configuration file", at: SourceLocation(file: path, line: 1, column: 1))], path: path)
        }
        return parse(Array(data), path: path)
    }

    static func parse(_ bytes: [UInt8], path: String) -> ConfigFile {
        var config = ConfigFile(path: path, bytes: bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let place = ConfigPlaces(text: text, path: path)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            config.diagnostics.append(.error(error.description, at: SourceLocation(file: path, line: error.source.begin.line, column: error.source.begin.column)))
            return config
        } catch {
            config.diagnostics.append(.error("not a TOML file", at: SourceLocation(file: path, line: 1, column: 1)))
            return config
        }
        var theme = Theme.standard
        var rebound: [Action: [Key]] = [:]
        for name in table.keys {
            let value = table[name]
            switch name {
            case "theme":
                guard let word = value?.string, let chosen = Theme(rawValue: word) else {
                    config.diagnostics.append(.error("theme is one of \(Theme.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))", at: place.setting(name)))
                    continue
                }
                theme = chosen
            case "keys":
                guard let keys = value?.table else {
                    config.diagnostics.append(.error("[keys] is a table of actions and their keys", at: place.setting(name)))
                    continue
                }
                for action in keys.keys {
                    let at = place.setting(action, in: "keys")
                    guard let bound = Action.named[action] else {
                        config.diagnostics.append(.error("no action named \(action) (docs/config.md lists them)", at: at))
                        continue
                    }
                    let names: [String]? = keys[action]?.string.map { [$0] } ?? keys[action]?.array.map { array in array.compactMap { $0.string } }
                    guard let names, !names.isEmpty, names.count == (keys[action]?.array?.count ?? 1) else {
                        config.diagnostics.append(.error("\(action) takes a key or a list of keys, as strings", at: at))
                        continue
                    }
                    var parsed: [Key] = []
                    for keyName in names {
                        guard let key = Key(name: keyName) else {
                            config.diagnostics.append(.error("no key named \"\(keyName)\" (a character, Space, Ctrl-x, Alt-x, F1…F24, Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Bksp, Tab)", at: place.string(keyName, after: at)))
                            continue
                        }
                        parsed.append(key)
                    }
                    rebound[bound] = parsed
                }
            default:
                config.diagnostics.append(.warning("unknown setting \(name): theme and [keys] are known", at: place.setting(name)))
            }
        }
        guard !config.hasErrors else { return config }
        config.theme = theme
        config.keys = KeyTable.standard.rebinding(rebound)
        return config
    }
}

/// Where a setting or a string is written in the file, for diagnostics (the TOML library
/// gives places only for syntax errors): found by reading the lines.
struct ConfigPlaces {
    let lines: [Substring]
    let path: String

    init(text: String, path: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.path = path
    }

    /// The line that sets `name` (under `[table]` when given), at the name's column.
    func setting(_ name: String, in table: String? = nil) -> SourceLocation {
        var current: String?
        for (i, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") {
                current = String(trimmed.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
                if table == nil, current == name { return SourceLocation(file: path, line: i + 1, column: line.count - trimmed.count + 2) }
                continue
            }
            guard current == table else { continue }
            let key = trimmed.prefix { $0 != "=" && $0 != " " && $0 != "\t" }.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if key == name { return SourceLocation(file: path, line: i + 1, column: line.count - trimmed.count + 1) }
        }
        return SourceLocation(file: path, line: 1, column: 1)
    }

    /// The string `"text"` on or after a setting's line, at its opening quote.
    func string(_ text: String, after start: SourceLocation) -> SourceLocation {
        for i in (start.line - 1)..<lines.count {
            for quote in ["\"", "'"] {
                if let range = lines[i].range(of: quote + text + quote) {
                    return SourceLocation(file: path, line: i + 1, column: lines[i].distance(from: lines[i].startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return start
    }
}
